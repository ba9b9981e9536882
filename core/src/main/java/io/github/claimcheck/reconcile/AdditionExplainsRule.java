package io.github.claimcheck.reconcile;

import java.util.Optional;
import io.github.claimcheck.render.text.FindingTexts;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@value RuleSet#ADDITION_EXPLAINS}: for a pair of adjacent value clusters (from at least two
 * articles), a claim flagged {@code ADDITION} explains the difference when the lower figure plus
 * the addition overlaps the higher figure, and the times do not contradict it (the addition is
 * not before the lower figure, the higher figure is not before the addition). Additions from the
 * article of a lower figure are tried first, then by id; one addition at a time.
 */
final class AdditionExplainsRule implements BuiltInRule {

  @Override
  public String name() {
    return RuleSet.ADDITION_EXPLAINS;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    if (group.isDates() || group.additions().isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Clusters clusters = group.clusters(ctx);
    Additions additions = null;
    for (Clusters.Split s : clusters.splits) {
      if (s.singleArticle()) {
        continue;
      }
      if (additions == null) {
        additions = new Additions(group.additions(), clusters, ctx);
      }
      Claim addition = find(s, additions, clusters, ctx);
      if (addition != null) {
        out.add(finding(group, s, addition, ctx));
      }
    }
    return out;
  }

  /**
   * The additions of a group with what each split asks of them, computed once per group: their
   * intervals at the clusters' scale and their times as epoch days (a group of a million claims
   * has tens of thousands of additions and a hundred splits).
   */
  private static final class Additions {
    final List<Claim> claims;
    /** Doubled interval bounds (see {@link IntervalTable}); unused when {@link #exact} is set. */
    final long[] lo2;
    final long[] hi2;
    /** The exact intervals, when some addition does not fit the clusters' scale. */
    final Interval[] exact;
    /** Time of each addition as epoch days; {@code known} false when unknown. */
    final long[] start;
    final long[] end;
    final boolean[] known;
    /** The article of each addition, as the clusters' time table numbers it (-1: none there). */
    final int[] article;
    /** The positions of the additions by lower bound (then position), when {@link #lo2} is used. */
    final int[] byLow;

    Additions(List<Claim> claims, Clusters clusters, RuleContext ctx) {
      int n = claims.size();
      this.claims = claims;
      lo2 = new long[n];
      hi2 = new long[n];
      start = new long[n];
      end = new long[n];
      known = new boolean[n];
      article = new int[n];
      boolean scaled = clusters.table.keys(claims, ctx, lo2, hi2);
      for (int i = 0; i < n; i++) {
        Claim a = claims.get(i);
        DateValue t = ctx.effectiveTimeOrNull(a);
        known[i] = t != null;
        if (t != null) {
          start[i] = t.start().toEpochDay();
          end[i] = t.end().toEpochDay();
        }
        article[i] = clusters.times(ctx).ordinal(a.articleId());
      }
      if (scaled) {
        exact = null;
        byLow = new int[n];
        for (int i = 0; i < n; i++) {
          byLow[i] = i;
        }
        Clusters.mergeSort(byLow, new int[n], 0, n, (x, y) -> Long.compare(lo2[x], lo2[y]));
      } else {
        byLow = null;
        exact = new Interval[n];
        for (int i = 0; i < n; i++) {
          exact[i] = ctx.interval(claims.get(i));
        }
      }
    }
  }

  private static Claim find(Clusters.Split s, Additions additions, Clusters clusters,
      RuleContext ctx) {
    TimeTable times = clusters.times(ctx);
    if (times.allBefore(s.higherAt, s.lowerAt)) {
      return null;
    }
    // The bounds of each side are computed once per split, not once per addition: a group of
    // many claims would otherwise cost the square of its size.
    long lowerFrom = times.earliestStart(s.lowerAt);
    long higherTo = times.latestEnd(s.higherAt);
    BitSet lowerArticles = times.articlesOf(s.lowerAt);
    if (additions.exact == null) {
      return firstByLow(s, additions, lowerFrom, higherTo, lowerArticles);
    }
    Interval lowerCommon = clusters.common(s.lowerCluster);
    Interval higherCommon = clusters.common(s.higherCluster);
    // Additions reported by the lower figure's own articles are tried first.
    List<Claim> claims = additions.claims;
    for (boolean own : new boolean[] {true, false}) {
      for (int i = 0; i < claims.size(); i++) {
        Claim a = claims.get(i);
        if (outside(additions, i, lowerFrom, higherTo) || own(additions, i, lowerArticles) != own) {
          continue;
        }
        if (lowerCommon.plus(additions.exact[i]).overlaps(higherCommon)) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * {@link #find} on the longs: only additions low enough that the lower figure plus them can
   * reach the higher one are looked at (a prefix of {@link Additions#byLow}, found by binary
   * search: the sum's lower bound grows with the addition's), and of those the first in group
   * order, of the lower figure's own articles first.
   */
  private static Claim firstByLow(Clusters.Split s, Additions additions, long lowerFrom,
      long higherTo, BitSet lowerArticles) {
    Clusters.Cluster lo = s.lowerCluster;
    Clusters.Cluster hi = s.higherCluster;
    int[] byLow = additions.byLow;
    int from = 0;
    int to = byLow.length;
    while (from < to) { // the first addition whose sum with the lower figure starts too high
      int mid = (from + to) >>> 1;
      if (IntervalTable.sumLower(lo.lo2, additions.lo2[byLow[mid]]) <= hi.hi2) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    int ownFirst = Integer.MAX_VALUE;
    int otherFirst = Integer.MAX_VALUE;
    for (int k = 0; k < from; k++) {
      int i = byLow[k];
      if (outside(additions, i, lowerFrom, higherTo)
          || !IntervalTable.overlaps(IntervalTable.sumLower(lo.lo2, additions.lo2[i]),
              IntervalTable.sumUpper(lo.hi2, additions.hi2[i]), hi.lo2, hi.hi2)) {
        continue;
      }
      if (own(additions, i, lowerArticles)) {
        ownFirst = Math.min(ownFirst, i);
      } else {
        otherFirst = Math.min(otherFirst, i);
      }
    }
    int first = ownFirst != Integer.MAX_VALUE ? ownFirst : otherFirst;
    return first == Integer.MAX_VALUE ? null : additions.claims.get(first);
  }

  /** Whether the addition is before the lower figure or after the higher one. */
  private static boolean outside(Additions additions, int i, long lowerFrom, long higherTo) {
    return additions.known[i] && (additions.end[i] < lowerFrom || additions.start[i] > higherTo);
  }

  /** Whether the addition is reported by one of the lower figure's articles. */
  private static boolean own(Additions additions, int i, BitSet lowerArticles) {
    int article = additions.article[i];
    return article >= 0 && lowerArticles.get(article);
  }

  private Finding finding(ClaimGroup group, Clusters.Split s, Claim addition, RuleContext ctx) {
    Claim first = s.lower.get(0);
    Optional<Reason.Sum> sum = Optional.empty();
    if (first.value() instanceof Quantity lq && addition.value() instanceof Quantity aq) {
      Interval stated = Interval.of(lq, 0).plus(Interval.of(aq, 0));
      boolean contains = true;
      for (Claim h : s.higher) {
        if (!(h.value() instanceof Quantity hq && stated.contains(Interval.of(hq, 0)))) {
          contains = false;
          break; // one figure outside decides it
        }
      }
      sum = Optional.of(new Reason.Sum(lq, aq, stated.asQuantity(), contains,
          Reason.Listed.of(s.higher, Claim::value)));
    }
    Reason reason = new Reason.AdditionExplains(ctx.about(group), ctx.cite(s.higher),
        ctx.cite(s.lower), ctx.cite(addition),
        group.clusters(ctx).times(ctx).allBefore(s.lowerAt, s.higherAt), sum);
    return Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
        s.ids(List.of(addition)), reason, FindingTexts.english(reason));
  }
}
