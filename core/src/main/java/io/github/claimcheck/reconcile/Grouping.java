package io.github.claimcheck.reconcile;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits claims into {@link ClaimGroup}s: one pass into a multimap sorted by group key, O(n log k)
 * for k keys, plus one sort per group.
 */
final class Grouping {

  /** Units counted as people: compatible with each other, not with households, rounds, …. */
  private static final Set<String> PEOPLE = Set.of(
      "people", "person", "persons", "orang", "jiwa", "soldiers", "soldier", "troops", "troop",
      "tentara", "prajurit", "personnel", "personel", "military personnel", "civilians",
      "residents", "warga", "victims", "korban", "fighters");

  private Grouping() {}

  static String unitFamily(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    String u = unit.strip().toLowerCase(Locale.ROOT);
    return PEOPLE.contains(u) ? "people" : u;
  }

  private static String eventKey(String event) {
    return event == null || event.isBlank()
        ? null
        : event.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The groups of comparable claims: same scope (part of the whole) or both totals. */
  static List<ClaimGroup> groups(List<Claim> claims, RuleContext ctx) {
    return groups(claims, ctx, true);
  }

  /**
   * The groups of claims; with {@code byScope} false, parts and totals of one quantity share a
   * group (and the group has no scope), for rules that compare parts with their total.
   */
  static List<ClaimGroup> groups(List<Claim> claims, RuleContext ctx, boolean byScope) {
    // Keys sorted, so the groups come out in one order whatever the order of the input.
    ListMultimap<String, Claim> byKey = MultimapBuilder.treeKeys().arrayListValues().build();
    for (Claim c : claims) {
      boolean dates = c.value() instanceof DateValue;
      String key = ctx.story(c.articleId()) + '\u0000' + c.predicate() + '\u0000' + c.subject()
          + '\u0000' + (dates ? 'D' : 'Q')
          + (byScope ? '\u0000' + c.scope().map(Scope::id).orElse("") : "");
      byKey.put(key, c);
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (String key : byKey.keySet()) {
      split(byKey.get(key), ctx, byScope, out);
    }
    return out;
  }

  private static void split(List<Claim> bucket, RuleContext ctx, boolean byScope, List<ClaimGroup> out) {
    Claim first = bucket.get(0);
    Scope scope = byScope ? first.scope().orElse(null) : null;
    boolean dates = first.value() instanceof DateValue;
    String story = ctx.story(first.articleId());
    // Named events (key -> wording of the claim with the smallest id) and unit families.
    Map<String, Claim> events = new TreeMap<>();
    Set<String> units = new TreeSet<>();
    for (Claim c : bucket) {
      String e = eventKey(c.event().orElse(null));
      if (e != null) {
        events.merge(e, c, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
      }
      String u = dates ? null : unitFamily(c.unit().orElse(null));
      if (u != null) {
        units.add(u);
      }
    }
    // An event named without its place ("flood") is the same event as one named with it
    // ("flood:garut"), only less specific: it joins those groups instead of forming its own.
    List<String> eventKeys = new ArrayList<>();
    for (String e : events.keySet()) {
      if (events.keySet().stream().noneMatch(other -> refines(other, e))) {
        eventKeys.add(e);
      }
    }
    boolean anyEventless = bucket.stream().anyMatch(c -> eventKey(c.event().orElse(null)) == null);
    // Claims naming no event join the named event's group within an explicit story, and in the
    // default story when the batch names only that one event for them (up to detail).
    boolean joinNamed = !story.isEmpty() || eventKeys.size() == 1;
    if (eventKeys.isEmpty() || (!joinNamed && anyEventless)) {
      // Without an explicit story, claims naming no event are compared among themselves.
      eventKeys.add(null);
    }
    List<String> unitKeys = units.isEmpty() ? nullList() : new ArrayList<>(units);
    for (String e : eventKeys) {
      for (String u : unitKeys) {
        List<Claim> members;
        if (eventKeys.size() == 1 && unitKeys.size() == 1) {
          members = bucket;
        } else {
          members = new ArrayList<>();
          for (Claim c : bucket) {
            String ce = eventKey(c.event().orElse(null));
            String cu = dates ? null : unitFamily(c.unit().orElse(null));
            // A claim naming no event joins a named event's group only within an explicit story:
            // otherwise an unrelated article in the same batch would be compared with it.
            boolean eventFits = ce == null ? e == null || joinNamed : ce.equals(e) || refines(e, ce);
            if (eventFits && (cu == null || cu.equals(u))) {
              members.add(c);
            }
          }
        }
        if (!members.isEmpty()) {
          String eventText = e == null ? null : events.get(e).event().orElseThrow().strip();
          out.add(new ClaimGroup(story, first.predicate(), first.subject(), eventText, u, scope,
              dates, members));
        }
      }
    }
  }

  /**
   * Whether two claims of one story may be about the same event: the same event, one naming it in
   * more detail, or (within an explicit story) either naming none.
   */
  static boolean sameEvent(Claim a, Claim b, String story) {
    String ea = eventKey(a.event().orElse(null));
    String eb = eventKey(b.event().orElse(null));
    if (ea == null || eb == null) {
      return !story.isEmpty() || (ea == null && eb == null);
    }
    return ea.equals(eb) || refines(ea, eb) || refines(eb, ea);
  }

  /** Whether {@code specific} names the event {@code general} names, with more detail. */
  static boolean refines(String specific, String general) {
    return specific != null && general != null && specific.startsWith(general + ":");
  }

  private static List<String> nullList() {
    List<String> l = new ArrayList<>(1);
    l.add(null);
    return l;
  }
}
