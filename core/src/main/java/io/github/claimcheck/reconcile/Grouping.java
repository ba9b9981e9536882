package io.github.claimcheck.reconcile;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.claimcheck.internal.lang.SharedData;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.lang.LanguageProfile.DataLine;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.EventKey;
import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits claims into {@link ClaimGroup}s: one pass into a multimap sorted by group key, O(n log k)
 * for k keys, plus one sort per group.
 */
final class Grouping {

  /** Units by family (lang/unit-families.tsv): people and soldiers compare, households not. */
  private record Families(Map<String, String> byUnit) {
    static Families parse(List<DataLine> lines) {
      Map<String, String> out = new HashMap<>();
      for (DataLine l : lines) {
        String[] c = Resources.cells(l.text());
        if (c.length != 2) {
          throw new ClaimCheckException(l.at() + ": expected unit<TAB>family, found \"" + l.text() + "\"");
        }
        out.put(c[0].toLowerCase(Locale.ROOT), c[1]);
      }
      return new Families(Map.copyOf(out));
    }
  }

  private Grouping() {}

  static String unitFamily(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    String u = unit.strip().toLowerCase(Locale.ROOT);
    return SharedData.parsed("unit-families.tsv", Families.class, Families::parse).byUnit().getOrDefault(u, u);
  }

  /**
   * The kind of event a claim names ("flood" for "flood:agam"), as it is compared ({@code
   * reconcile/event-kinds.tsv}: a landslide as a flood), which is what claims are compared by.
   * Within one story, the place or name after the kind tells nothing reliable: outlets name one
   * flood by the province, the regency or the valley it struck ("Sumatra Barat", "Agam", "Tanah
   * Datar"), and one rally by several names. Different events of one kind are told apart by their
   * stories.
   */
  private static String eventKind(Claim c) {
    return c.eventKey().map(e -> family(e.type())).orElse(null);
  }

  /** The kind an event kind is compared as ({@code reconcile/event-kinds.tsv}: an explosion as a fire). */
  private static String family(String kind) {
    return CountData.EVENT_FAMILIES.getOrDefault(kind, kind);
  }

  /**
   * The groups of comparable claims: same scope (part of the whole) or both totals.
   *
   * @param claims the claims, sorted by id (as a reconcile call holds them)
   */
  static List<ClaimGroup> groups(List<Claim> claims, RuleContext ctx) {
    return groups(claims, ctx, true, true);
  }

  /**
   * The groups of claims in any order; with {@code byScope} false, parts and totals of one
   * quantity share a group (and the group has no scope), for rules that compare parts with
   * their total.
   */
  static List<ClaimGroup> groups(List<Claim> claims, RuleContext ctx, boolean byScope) {
    return groups(claims, ctx, byScope, false);
  }

  /** {@link #groups(List, RuleContext, boolean)}, with {@code byId}: the claims in id order. */
  private static List<ClaimGroup> groups(List<Claim> claims, RuleContext ctx, boolean byScope,
      boolean byId) {
    // Keys sorted, so the groups come out in one order whatever the order of the input. Claims
    // of different comparison keys are never in one group (see ComparisonKey).
    ListMultimap<BucketKey, Claim> byKey =
        MultimapBuilder.treeKeys(BucketKey.ORDER).arrayListValues().build();
    // Claims of one key often come in a row (an article's claims, a story's): the key of the
    // claim before is reused when the parts it is made of are the same objects.
    Claim last = null;
    BucketKey lastKey = null;
    List<Claim> lastBucket = null;
    // The call's own claims: their articles are numbered, and each article's story read once.
    ClaimColumns columns = byId ? ctx.columnsOfCall(claims) : null;
    String[] stories = columns == null ? null : new String[columns.articles()];
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      String scope = byScope ? c.scope().map(p -> p.groupingId(c.articleId())).orElse("") : "";
      boolean sameArticle = last != null && (columns != null
          ? columns.article(i) == columns.article(i - 1)
          : last.articleId().equals(c.articleId()));
      if (!sameArticle || !sameKeyParts(last, c) || !scope.equals(lastKey.scope())) {
        ComparisonKey key = columns == null ? ComparisonKey.inContext(c, ctx)
            : ComparisonKey.inStory(c, story(stories, columns, columns.article(i)));
        if (lastKey == null || !key.equals(lastKey.key()) || !scope.equals(lastKey.scope())) {
          lastKey = new BucketKey(key, scope); // else another article of the key before
          lastBucket = byKey.get(lastKey);
        }
      }
      lastBucket.add(c);
      last = c;
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (BucketKey key : byKey.keySet()) {
      split(byKey.get(key), ctx, byScope, byId, out);
    }
    return out;
  }

  /**
   * Whether two claims of one article (so story) have the same comparison key for certain: same
   * predicate and subject, and values of one type.
   */
  private static boolean sameKeyParts(Claim a, Claim b) {
    return a.predicate().equals(b.predicate()) && a.subject().equals(b.subject())
        && (a.value() instanceof DateValue) == (b.value() instanceof DateValue);
  }

  /** The story of article number {@code a} of the call's columns, read once ({@code stories}). */
  private static String story(String[] stories, ClaimColumns columns, int a) {
    String s = stories[a];
    if (s == null) {
      s = ComparisonKey.storyOf(columns.info(a));
      stories[a] = s;
    }
    return s;
  }

  /** A comparison key and, when groups are split by scope, the scope id (else empty). */
  private record BucketKey(ComparisonKey key, String scope) {
    static final Comparator<BucketKey> ORDER =
        Comparator.comparing(BucketKey::key).thenComparing(BucketKey::scope);
  }

  /**
   * Splits the claims of one key into groups by event and unit, and for fixed counts by
   * occurrence, adding them to {@code out}; {@code byId}: the claims are in id order (and so is
   * each group's part of them).
   */
  static void split(List<Claim> bucket, RuleContext ctx, boolean byScope, boolean byId,
      List<ClaimGroup> out) {
    Claim first = bucket.get(0);
    Scope scope = byScope ? first.scope().orElse(null) : null;
    boolean dates = first.value() instanceof DateValue;
    String story = ctx.story(first.articleId());
    // Kinds of events named (kind -> how often each wording names it) and unit families.
    Map<String, Map<String, Wording>> events = new TreeMap<>();
    Set<String> units = new TreeSet<>();
    UnitFamilies families = new UnitFamilies();
    boolean anyEventless = false;
    // Claims of a key mostly name one event and one unit: the last ones are kept at hand.
    EventKey lastEvent = null;
    Wording lastWording = null;
    String lastFamily = null;
    for (Claim c : bucket) {
      EventKey e = c.eventKey().orElse(null);
      if (e != null && e.equals(lastEvent)) {
        lastWording.count++;
      } else if (e != null) {
        lastWording = events.computeIfAbsent(family(e.type()), k -> new TreeMap<>())
            .computeIfAbsent(e.name().strip(), w -> new Wording(e));
        lastWording.count++;
        lastEvent = e;
      } else {
        anyEventless = true;
      }
      String u = dates ? null : families.of(c);
      if (u != null && !u.equals(lastFamily)) {
        units.add(u);
        lastFamily = u;
      }
    }
    List<String> eventKeys = new ArrayList<>(events.keySet());
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
            String ce = eventKind(c);
            String cu = dates ? null : families.of(c);
            // A claim naming no event joins a named event's group only within an explicit story:
            // otherwise an unrelated article in the same batch would be compared with it.
            boolean eventFits = ce == null ? e == null || joinNamed : ce.equals(e);
            if (eventFits && (cu == null || cu.equals(u))) {
              members.add(c);
            }
          }
        }
        if (!members.isEmpty()) {
          EventKey event = e == null ? null : mostNamed(events.get(e));
          for (List<Claim> occurrence : occurrences(members, first, dates, ctx)) {
            out.add(new ClaimGroup(story, first.predicate(), first.subjectKey(), event, u, scope,
                dates, occurrence, byId, byScope));
          }
        }
      }
    }
  }

  /**
   * The occurrences a fixed quantity's claims are about. A crowd or a ship's manifest does not
   * change over time, but a yearly rally is a new occurrence each year: "7 juta (2016)" is another
   * rally's crowd than "8 juta" this year. Claims of a {@link CountKind#FIXED fixed} count are
   * split by the year of their time; claims of unknown time join the latest year. Other claims
   * form one list.
   */
  private static List<List<Claim>> occurrences(
      List<Claim> members, Claim first, boolean dates, RuleContext ctx) {
    if (dates) {
      return List.of(members);
    }
    if (ctx.rules().countKind(first.predicate(), first.subjectKey()).orElse(null) != CountKind.FIXED) {
      return bygoneSplit(members, ctx);
    }
    TreeMap<Integer, List<Claim>> byYear = new TreeMap<>();
    List<Claim> unknown = new ArrayList<>();
    for (Claim c : members) {
      Optional<DateValue> t = ctx.effectiveTime(c);
      if (t.isEmpty()) {
        unknown.add(c);
      } else {
        byYear.computeIfAbsent(t.get().end().getYear(), y -> new ArrayList<>()).add(c);
      }
    }
    if (byYear.size() <= 1) {
      return List.of(members);
    }
    if (!unknown.isEmpty()) {
      List<Claim> latest = byYear.lastEntry().getValue();
      latest.addAll(unknown);
      latest.sort(ClaimGroup.BY_ID); // in id order, as the other lists are when the claims are
    }
    return new ArrayList<>(byYear.values());
  }

  /**
   * A figure an article dates more than a year before its own publication year ("The Oakland
   * Hills fire of 1991 killed 29 people" in a 2017 report) counts another occurrence than the
   * article's news: such claims are set apart by that year; the rest stay together.
   */
  private static List<List<Claim>> bygoneSplit(List<Claim> members, RuleContext ctx) {
    // No claim dated before the year before the latest publication of the call: none is
    // bygone, and no article need be looked up.
    int latest = ctx.latestPublishedYear();
    if (latest == Integer.MIN_VALUE) {
      return List.of(members); // no article has a date
    }
    boolean anyOld = latest == Integer.MAX_VALUE; // not known: each is looked up
    for (int i = 0; i < members.size() && !anyOld; i++) {
      DateValue when = members.get(i).when().orElse(null);
      anyOld = when != null && when.end().getYear() < latest - 1;
    }
    if (!anyOld) {
      return List.of(members);
    }
    TreeMap<Integer, List<Claim>> bygone = new TreeMap<>();
    List<Claim> current = new ArrayList<>();
    String lastArticle = null;
    int published = Integer.MIN_VALUE;
    int groupLatest = Integer.MAX_VALUE; // worked out when an undated article needs it
    for (Claim c : members) {
      DateValue when = c.when().orElse(null);
      if (when == null) {
        current.add(c); // no time of its own: the article's news
        continue;
      }
      int year = when.end().getYear();
      if (!c.articleId().equals(lastArticle)) {
        lastArticle = c.articleId();
        published = publishedYear(lastArticle, ctx);
        if (published == Integer.MIN_VALUE) {
          // An undated article's news is the group's: "since 10 people died in 2005" beside
          // reports of 2014 is a past disaster cited, not this one's toll
          if (groupLatest == Integer.MAX_VALUE) {
            groupLatest = latestPublishedYear(members, ctx);
          }
          published = groupLatest;
        }
      }
      if (published != Integer.MIN_VALUE && year < published - 1) {
        bygone.computeIfAbsent(year, y -> new ArrayList<>()).add(c);
      } else {
        current.add(c);
      }
    }
    if (bygone.isEmpty()) {
      return List.of(members);
    }
    List<List<Claim>> out = new ArrayList<>(bygone.values());
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** The year an article was published, or {@link Integer#MIN_VALUE} when it has no date. */
  private static int publishedYear(String articleId, RuleContext ctx) {
    return ctx.article(articleId).flatMap(ArticleInfo::published)
        .map(LocalDate::getYear).orElse(Integer.MIN_VALUE);
  }

  /** The latest year the claims' articles were published in, or {@link Integer#MIN_VALUE}. */
  private static int latestPublishedYear(List<Claim> claims, RuleContext ctx) {
    int latest = Integer.MIN_VALUE;
    String last = null;
    for (Claim c : claims) {
      if (!c.articleId().equals(last)) {
        last = c.articleId();
        latest = Math.max(latest, publishedYear(last, ctx));
      }
    }
    return latest;
  }

  /** The unit family of claims, looked up once per unit wording (many claims share one). */
  private static final class UnitFamilies {
    private final Map<String, String> byUnit = new HashMap<>();

    private String lastUnit;
    private String lastFamily;

    String of(Claim c) {
      String unit = c.unit().orElse(null);
      if (unit == null) {
        return null;
      }
      if (unit.equals(lastUnit)) {
        return lastFamily;
      }
      lastUnit = unit;
      lastFamily = family(unit);
      return lastFamily;
    }

    private String family(String unit) {
      String family = byUnit.get(unit);
      if (family == null && !byUnit.containsKey(unit)) {
        family = unitFamily(unit);
        byUnit.put(unit, family);
      }
      return family;
    }
  }

  /** How often claims name an event with one wording, and the first claim's key of it. */
  private static final class Wording {
    final EventKey key;
    int count;

    Wording(EventKey key) {
      this.key = key;
    }
  }

  /** The wording that names an event most often (the first in order on a tie): for texts. */
  private static EventKey mostNamed(Map<String, Wording> wordings) {
    EventKey best = null;
    int most = 0;
    for (Wording w : wordings.values()) {
      if (w.count > most) {
        best = w.key;
        most = w.count;
      }
    }
    return best;
  }

  /**
   * Whether two claims of one story may be about the same event: the same kind of event, or
   * (within an explicit story) either naming none.
   */
  static boolean sameEvent(Claim a, Claim b, String story) {
    String ea = eventKind(a);
    String eb = eventKind(b);
    if (ea == null || eb == null) {
      return !story.isEmpty() || (ea == null && eb == null);
    }
    return ea.equals(eb);
  }

  private static List<String> nullList() {
    List<String> l = new ArrayList<>(1);
    l.add(null);
    return l;
  }
}
