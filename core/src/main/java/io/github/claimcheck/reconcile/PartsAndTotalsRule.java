package io.github.claimcheck.reconcile;

import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@value RuleSet#PARTS_AND_TOTALS}: compares parts (claims with a {@linkplain Claim#scope()
 * scope}) with their total (the claims of the same story, predicate, subject and event without
 * one), and components with the combined counts they belong to (data: {@code
 * reconcile/combined.tsv}; {@code casualties} is killed or wounded, {@code other} of subject kind
 * {@code killed_or_missing} is killed or missing). Parts and totals are compared when they come
 * from the same article or refer to the same known time (neither before the other, the time of
 * day included); components and combined counts only within one article. Conflicts:
 *
 * <ul>
 *   <li>a part larger than every total it is compared with ("212 killed in one district, 131 in
 *       all"): the totals of the part's own article for the same time when it gives any, else
 *       those of other articles for the same time;
 *   <li>the parts of a list the text presents as complete (flagged {@link ClaimFlag#BREAKDOWN},
 *       one article, one kind of part, one day; with the parts of the same kind in the sentence
 *       of a flagged one) whose sum, within the tolerance for hedged figures, does not overlap the
 *       article's total for that time; the explanation lists the parts and their sum;
 *   <li>a component larger than the combined count ("50 dead, 41 dead or missing").
 * </ul>
 *
 * Planned figures, changes, additions and increments are not parts or totals. A claim-set rule:
 * parts and totals are in different {@link ClaimGroup}s, since claims are compared as the same
 * quantity only within one scope.
 */
final class PartsAndTotalsRule implements SplittableRule, BuiltInRule {

  @Override
  public String name() {
    return RuleSet.PARTS_AND_TOTALS;
  }

  @Override
  public List<Finding> evaluateAll(List<Claim> claims, RuleContext ctx) {
    List<Claim> usable = usable(claims);
    List<Finding> out = new ArrayList<>();
    families(usable, ctx, out);
    components(usable, ctx, out);
    return out;
  }

  /**
   * Components and combined counts only: they are the claims of one article with different
   * predicates. Parts and totals share a comparison key, so {@link #evaluateKey} (which is
   * {@link #evaluateAll}) finds them, and no combined count among the claims of one key.
   */
  @Override
  public List<Finding> evaluateArticle(List<Claim> claims, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    components(usable(claims), ctx, out);
    return out;
  }

  private static List<Claim> usable(List<Claim> claims) {
    List<Claim> usable = new ArrayList<>();
    for (Claim c : claims) {
      if (usable(c)) {
        usable.add(c);
      }
    }
    return usable;
  }

  /** Parts larger than their totals, and complete breakdowns that do not add up. */
  private void families(List<Claim> usable, RuleContext ctx, List<Finding> out) {
    // A family without a part has nothing to compare, and a family lies within one comparison
    // key: only the claims of keys with some part are grouped (often none are).
    Set<ComparisonKey> withParts = new HashSet<>();
    for (Claim c : usable) {
      if (c.scope().isPresent()) {
        withParts.add(ComparisonKey.inContext(c, ctx));
      }
    }
    if (withParts.isEmpty()) {
      return;
    }
    List<Claim> keyed = new ArrayList<>();
    for (Claim c : usable) {
      if (withParts.contains(ComparisonKey.inContext(c, ctx))) {
        keyed.add(c);
      }
    }
    for (ClaimGroup family : Grouping.groups(keyed, ctx, false)) {
      family(family, ctx, out);
    }
  }

  /** Whether a claim may be a part, a total or a component: a quantity stated as it stands. */
  static boolean usable(Claim c) {
    return c.value() instanceof Quantity && !c.has(ClaimFlag.PLANNED) && !c.has(ClaimFlag.CHANGE)
        && !c.has(ClaimFlag.ADDITION) && !c.has(ClaimFlag.INCREMENT);
  }

  /**
   * The findings on one family: the usable claims of one story, predicate, subject and event,
   * parts and totals together.
   */
  void family(ClaimGroup family, RuleContext ctx, List<Finding> out) {
    List<Claim> totals = new ArrayList<>();
    List<Claim> parts = new ArrayList<>();
    for (Claim c : family.claims()) {
      (c.scope().isPresent() ? parts : totals).add(c);
    }
    if (parts.isEmpty() || totals.isEmpty()) {
      return;
    }
    partsAboveTotal(family, parts, totals, ctx, out);
    breakdowns(family, parts, totals, ctx, out);
  }

  /** Whether two figures may be compared: one article, or the same known time. */
  private static boolean comparable(Claim a, Claim b, RuleContext ctx) {
    if (ctx.before(a, b) || ctx.before(b, a)) {
      return false;
    }
    if (a.articleId().equals(b.articleId())) {
      return true;
    }
    return ctx.effectiveTime(a).isPresent()
        && ctx.effectiveTime(a).equals(ctx.effectiveTime(b));
  }

  /**
   * Parts that no comparable total holds. A part is compared with the totals of its own article
   * when that gives any for the same time, else with those of other articles for the same time;
   * it conflicts when it is larger than every one of them (when totals disagree among themselves,
   * the other rules report that). One finding per set of totals, listing the parts above them.
   */
  private void partsAboveTotal(ClaimGroup family, List<Claim> parts, List<Claim> totals,
      RuleContext ctx, List<Finding> out) {
    Map<List<String>, List<Claim>> partsByTotals = new TreeMap<>(Comparator.comparing(Object::toString));
    Map<List<String>, List<Claim>> totalsByIds = new HashMap<>();
    for (Claim part : parts) {
      List<Claim> own = new ArrayList<>();
      List<Claim> others = new ArrayList<>();
      for (Claim t : totals) {
        if (comparable(part, t, ctx)) {
          (t.articleId().equals(part.articleId()) ? own : others).add(t);
        }
      }
      // a part no word names ("11 of them") is a part of its own article's group only
      List<Claim> against = own.isEmpty() && !part.scope().orElseThrow().unnamed() ? others : own;
      if (against.isEmpty()
          || !against.stream().allMatch(t -> ctx.interval(t).isBelow(ctx.interval(part)))) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      against.forEach(t -> ids.add(t.id()));
      partsByTotals.computeIfAbsent(ids, k -> new ArrayList<>()).add(part);
      totalsByIds.put(ids, against);
    }
    partsByTotals.forEach((ids, above) -> {
      List<Claim> below = totalsByIds.get(ids);
      Reason reason = new Reason.PartsExceedTotal(ctx.about(family), ctx.cite(below),
          Reason.Listed.of(above, p -> new Reason.Part(ctx.cite(p), p.scope().orElseThrow())));
      List<Claim> cited = new ArrayList<>(above);
      cited.addAll(below);
      out.add(finding(family.predicate(), family.subject(), null, cited, reason));
    });
  }

  private void breakdowns(ClaimGroup family, List<Claim> parts, List<Claim> totals,
      RuleContext ctx, List<Finding> out) {
    // One list per article, kind of part and day (a time of day read for one item of a list is
    // not the list's); a part named twice counts once. A part not flagged itself belongs to the
    // list when it is in the sentence of a flagged part of it ("189: 178 adults, 1 child, ...").
    Map<String, Map<String, Claim>> lists = new TreeMap<>();
    Set<String> listed = new HashSet<>();
    for (Claim p : parts) {
      if (p.has(ClaimFlag.BREAKDOWN)) {
        listed.add(listKey(p, ctx) + '\u0000' + p.sentenceSpan());
      }
    }
    for (Claim p : parts) {
      String key = listKey(p, ctx);
      if (p.has(ClaimFlag.BREAKDOWN) || listed.contains(key + '\u0000' + p.sentenceSpan())) {
        lists.computeIfAbsent(key, k -> new LinkedHashMap<>())
            .putIfAbsent(p.scope().orElseThrow().id(), p);
      }
    }
    for (Map<String, Claim> list : lists.values()) {
      if (list.size() < 2) {
        continue;
      }
      List<Claim> members = new ArrayList<>(list.values());
      Claim first = members.get(0);
      List<Claim> own = new ArrayList<>();
      for (Claim t : totals) {
        if (t.articleId().equals(first.articleId()) && comparable(first, t, ctx)) {
          own.add(t);
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      Interval sum = null;
      Interval stated = null;
      for (Claim p : members) {
        sum = sum == null ? ctx.interval(p) : sum.plus(ctx.interval(p));
        Interval exact = Interval.of((Quantity) p.value(), 0);
        stated = stated == null ? exact : stated.plus(exact);
      }
      Interval total = sum;
      if (own.stream().anyMatch(t -> ctx.interval(t).overlaps(total))) {
        continue;
      }
      Reason reason = new Reason.PartsDoNotAddUp(ctx.outlet(first.articleId()), ctx.about(family),
          Reason.Listed.of(members, p -> new Reason.Part(ctx.cite(p), p.scope().orElseThrow())),
          stated.asQuantity(), ctx.cite(own));
      List<Claim> cited = new ArrayList<>(members);
      cited.addAll(own);
      out.add(finding(family.predicate(), family.subject(), null, cited, reason));
    }
  }

  private static String listKey(Claim p, RuleContext ctx) {
    // "5 laki-laki dan 5 perempuan. Rinciannya, 4 laki-laki dewasa, 1 laki-laki anak, ...": the
    // finer breakdown is a list of its own, not more items of the first
    Scope scope = p.scope().orElseThrow();
    return p.articleId() + '\u0000' + scope.kind() + (scope.joinedCategories() ? "+" : "")
        + '\u0000' + ctx.effectiveTime(p).map(DateValue::toString).orElse("");
  }

  /**
   * Components larger than a combined count; only claims of one article are compared, so the
   * claims of each article may be given apart (usable ones, in id order).
   */
  void components(List<Claim> claims, RuleContext ctx, List<Finding> out) {
    // Combined counts are rare: find them first, then index only the claims of the predicates
    // they combine, by article (a combined count is compared within its own article only).
    List<Claim> combinedCounts = new ArrayList<>();
    List<List<String>> combinedParts = new ArrayList<>();
    Set<String> componentPredicates = new HashSet<>();
    Claim last = null;
    List<String> lastParts = null;
    for (Claim c : claims) {
      if (last == null || !c.predicate().equals(last.predicate())
          || !c.subjectKey().kind().equals(last.subjectKey().kind())) {
        lastParts = CountData.lookup(CountData.COMBINED_PARTS, c.predicate(), c.subjectKey());
        last = c;
      }
      if (lastParts != null) {
        combinedCounts.add(c);
        combinedParts.add(lastParts);
        componentPredicates.addAll(lastParts);
      }
    }
    if (combinedCounts.isEmpty()) {
      return;
    }
    Map<String, List<Claim>> byPredicate = new HashMap<>();
    for (Claim c : claims) {
      if (componentPredicates.contains(c.predicate())) {
        byPredicate.computeIfAbsent(c.articleId() + '\u0000' + c.predicate(),
            k -> new ArrayList<>()).add(c);
      }
    }
    for (int i = 0; i < combinedCounts.size(); i++) {
      Claim combined = combinedCounts.get(i);
      String story = ctx.story(combined.articleId());
      String actor = combined.predicate().equals("other")
          ? combined.subjectKey().actor().orElse(null)
          : combined.subject();
      for (String predicate : combinedParts.get(i)) {
        List<Claim> above = new ArrayList<>();
        for (Claim k : byPredicate.getOrDefault(combined.articleId() + '\u0000' + predicate,
            List.of())) {
          if ((actor == null || actor.equals(k.subject()))
              && Objects.equals(k.scope(), combined.scope())
              && Grouping.sameEvent(k, combined, story)
              && k.articleId().equals(combined.articleId())
              && comparable(k, combined, ctx)
              && ctx.interval(combined).isBelow(ctx.interval(k))) {
            above.add(k);
          }
        }
        if (above.isEmpty()) {
          continue;
        }
        Claim k0 = above.get(0);
        Reason reason = new Reason.ExceedsCombined(
            new Reason.Topic(predicate, k0.subjectKey(), k0.eventKey(), k0.scope(), false),
            ctx.cite(above),
            new Reason.Topic(combined.predicate(), combined.subjectKey(), combined.eventKey(),
                combined.scope(), false),
            ctx.cite(combined));
        out.add(finding(predicate, k0.subject(), combined, above, reason));
      }
    }
  }

  private Finding finding(String predicate, String subject, Claim one, List<Claim> more,
      Reason reason) {
    TreeSet<String> ids = new TreeSet<>();
    if (one != null) {
      ids.add(one.id());
    }
    more.forEach(c -> ids.add(c.id()));
    return Finding.of(name(), Verdict.CONFLICT, predicate, subject, new ArrayList<>(ids), reason,
        FindingTexts.english(reason));
  }
}
