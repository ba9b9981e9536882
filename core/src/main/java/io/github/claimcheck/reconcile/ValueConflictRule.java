package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.reconcile.RuleContext.TimeBound;
import io.github.claimcheck.render.text.FindingTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@value RuleSet#VALUE_CONFLICT}: one finding per pair of adjacent value clusters whose cited
 * claims come from at least two articles, read with the group's {@link CountKind}:
 *
 * <ul>
 *   <li>same time: "Sources disagree on …" (a conflict);
 *   <li>a running count ({@code grows} or {@code varies}) that did not rise over time, when the
 *       times do not make the difference certain: {@linkplain Verdict#UNRESOLVED unresolved}, the
 *       explanation says whose time is missing or uncertain. For a count that only grows, a
 *       higher figure of known time (or an earlier figure cited as such by a report not after the
 *       lower figure's day) and a lower figure of
 *       known time (or of a report date that is only a lower bound, see {@link
 *       io.github.claimcheck.model.ArticleInfo#publishedBasis()}) are enough; other running counts
 *       need a figure of known time ({@link RuleContext#isTimeKnown}) on each side, on one day;
 *   <li>a running count that falls over time: "… fell over time …, a revision readers should
 *       see", unless each higher figure is one its own report cites as earlier beside a current
 *       figure no higher than the lower side ("first put at 174, revised to 125", then 131
 *       elsewhere: that report told of the fall); a running count that rises over time: a
 *       conflict naming the times. {@value
 *       RuleSet#GROWTH_OVER_TIME} explains the changes the count kind allows (any rise; a fall of
 *       a {@code varies} count; a fall the article says is a revision) and its explained finding
 *       replaces these, so removing that rule shows them;
 *   <li>a fixed quantity: a conflict whenever the figures were reported;
 *   <li>a figure with no count kind, for different times: not compared.
 * </ul>
 *
 * Figures whose times do not order them are compared as of one time, unless what their reports
 * state beside them orders the releases ({@link Releases}: 62 dead beside 584 injured, 168 beside
 * 745): {@value RuleSet#GROWTH_OVER_TIME} then explains the change.
 *
 * <p>Dates are compared regardless of when they were reported. A side made only of vague amounts
 * ("ratusan", "tens of thousands") gives no finding: such an amount describes a size, not a count.
 */
final class ValueConflictRule implements BuiltInRule {

  @Override
  public String name() {
    return RuleSet.VALUE_CONFLICT;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Reason.Topic topic = ctx.about(group);
    CountKind kind = ctx.countKind(group).orElse(null);
    Clusters clusters = group.clusters(ctx);
    for (Clusters.Split s : clusters.splits) {
      if (s.singleArticle() || (!group.isDates() && (allVague(s.lower) || allVague(s.higher)))) {
        continue;
      }
      Reason.Listed<Reason.Cited> lower = ctx.cite(s.lower);
      Reason.Listed<Reason.Cited> higher = ctx.cite(s.higher);
      Reason reason;
      Verdict verdict = Verdict.CONFLICT;
      boolean running = !group.isDates() && kind != null && kind.isRunning();
      boolean rose = false;
      if (group.isDates() || kind == CountKind.FIXED) {
        reason = new Reason.Disagree(topic, lower, higher);
      } else if (clusters.times(ctx).allBeforeDated(s.higherAt, s.lowerAt)) {
        if (kind == null || revisedByOwnReports(s, group, ctx)) {
          continue;
        }
        reason = new Reason.FellOverTime(topic, higher, lower);
      } else if (clusters.times(ctx).allBeforeDated(s.lowerAt, s.higherAt)) {
        if (kind == null) {
          continue;
        }
        rose = true;
        reason = new Reason.DisagreeOverTime(topic, lower, higher);
      } else {
        if (running && Releases.inTurn(s.lower, s.higher, kind, ctx.rules())
            != Releases.Order.UNKNOWN) {
          continue; // the reports order the releases: GROWTH_OVER_TIME explains the change
        }
        reason = new Reason.Disagree(topic, lower, higher);
      }
      if (running && !rose
          && !certain(s, kind, ctx, clusters.times(ctx), reason instanceof Reason.Disagree)) {
        verdict = Verdict.UNRESOLVED;
        reason = unresolved(topic, lower, higher, s, ctx);
      }
      out.add(Finding.of(name(), verdict, group.predicate(), group.subject(), s.ids(List.of()),
          reason, FindingTexts.english(reason)));
    }
    if (!group.isDates() && kind != null && kind.isRunning() && clusters.splits.size() > 1) {
      sameDayApart(group, kind, ctx, clusters, topic, out);
    }
    return out;
  }

  /**
   * Figures of one day that disagree but lie in clusters that are not adjacent, because a figure
   * of another day stands between them in value (43 and 47 on 7 March, 45 on 8 March): the
   * adjacent pairs read as changes over time, so the same-day pair is a conflict of its own. The
   * figures of each day of known time are clustered by value apart, in O(n log n) in all.
   */
  private void sameDayApart(ClaimGroup group, CountKind kind, RuleContext ctx, Clusters clusters,
      Reason.Topic topic, List<Finding> out) {
    TimeTable times = clusters.times(ctx);
    Map<Claim, Integer> clusterOf = new IdentityHashMap<>();
    Map<Long, List<Claim>> byDay = new TreeMap<>();
    for (int k = 0; k < clusters.clusters.size(); k++) {
      Clusters.Cluster c = clusters.clusters.get(k);
      for (int i = 0; i < c.at.length; i++) {
        int p = c.at[i];
        clusterOf.put(c.claims().get(i), k);
        if (times.bound(p) == TimeBound.KNOWN && times.start(p) == times.end(p)) {
          byDay.computeIfAbsent(times.start(p), d -> new ArrayList<>()).add(c.claims().get(i));
        }
      }
    }
    for (List<Claim> day : byDay.values()) {
      if (day.size() < 2) {
        continue;
      }
      day.sort(ClaimGroup.BY_ID);
      for (Clusters.Split s : Clusters.of(day, true, ctx).splits) {
        if (s.singleArticle() || allVague(s.lower) || allVague(s.higher)
            || adjacent(s, clusterOf) || ctx.allBefore(s.lower, s.higher)
            || ctx.allBefore(s.higher, s.lower)
            || Releases.inTurn(s.lower, s.higher, kind, ctx.rules()) != Releases.Order.UNKNOWN) {
          continue; // the pass over all days compared them, or the time of day orders them
        }
        Reason reason = new Reason.Disagree(topic, ctx.cite(s.lower), ctx.cite(s.higher));
        out.add(Finding.of(name(), Verdict.CONFLICT, group.predicate(), group.subject(),
            s.ids(List.of()), reason, FindingTexts.english(reason)));
      }
    }
  }

  /** Whether some figure of each side lies in adjacent clusters of all days' figures. */
  private static boolean adjacent(Clusters.Split s, Map<Claim, Integer> clusterOf) {
    int highestLower = -1;
    for (Claim c : s.lower) {
      highestLower = Math.max(highestLower, clusterOf.get(c));
    }
    int lowestHigher = Integer.MAX_VALUE;
    for (Claim c : s.higher) {
      lowestHigher = Math.min(lowestHigher, clusterOf.get(c));
    }
    return lowestHigher - highestLower <= 1;
  }

  /**
   * Whether every higher figure is one its own report cites as earlier beside a current figure no
   * higher than the lower side's highest ("the toll, first put at 174, was revised to 125"): that
   * report tells of the fall itself, so a later report's figure above its current one is no
   * revision readers are not told of.
   */
  private static boolean revisedByOwnReports(Clusters.Split s, ClaimGroup group, RuleContext ctx) {
    BigDecimal lowerTop = null;
    for (Claim c : s.lower) {
      BigDecimal v = top(c);
      if (v == null) {
        return false;
      }
      lowerTop = lowerTop == null || v.compareTo(lowerTop) > 0 ? v : lowerTop;
    }
    for (Claim h : s.higher) {
      if (!h.has(ClaimFlag.EARLIER) || !currentAtMost(group.byArticle(ctx).of(h.articleId()), lowerTop)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of an article's claims, not cited as earlier, is at most {@code limit}. */
  private static boolean currentAtMost(List<Claim> ofArticle, BigDecimal limit) {
    for (Claim c : ofArticle) {
      BigDecimal v = top(c);
      if (!c.has(ClaimFlag.EARLIER) && v != null && v.compareTo(limit) <= 0) {
        return true;
      }
    }
    return false;
  }

  /** The highest value a count claim may have, or null (a date, or no upper bound). */
  private static BigDecimal top(Claim c) {
    return c.value() instanceof Quantity q ? q.high().orElse(null) : null;
  }

  static boolean allVague(List<Claim> claims) {
    for (Claim c : claims) {
      if (!(c.value() instanceof Quantity q) || !q.isVague()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the times make the difference certain. For a count that only grows: some lower figure
   * whose time is known or a lower bound is not earlier than some higher figure whose time is
   * known or that is cited as earlier (so the count fell). For other running counts: a figure of
   * known time on each side, the two on one day when the figures are said to disagree at one
   * time ({@code sameTime}; on different days both may have been true). {@code times} are those
   * of the claims the split was made of.
   */
  private static boolean certain(Clusters.Split s, CountKind kind, RuleContext ctx,
      TimeTable times, boolean sameTime) {
    boolean grows = kind == CountKind.GROWS;
    // The higher figure reported first and the lower figure reported last (the first of equals):
    // if even they are in order (lower earlier), every pair is, and the count may have grown.
    int earliest = -1;
    // A higher figure cited as earlier ("its previous toll of 37") is only known to precede its
    // report: the one whose span ends first.
    int earliestCited = -1;
    for (int p = 0; p < s.higher.size(); p++) {
      TimeBound b = times.bound(s.higherAt[p]);
      if (b == TimeBound.KNOWN
          && (earliest < 0 || times.start(s.higherAt[p]) < times.start(s.higherAt[earliest]))) {
        earliest = p;
      } else if (grows && b == TimeBound.BEFORE && (earliestCited < 0
          || times.end(s.higherAt[p]) < times.end(s.higherAt[earliestCited]))) {
        earliestCited = p;
      }
    }
    int latest = -1;
    for (int p = 0; p < s.lower.size(); p++) {
      TimeBound b = times.bound(s.lowerAt[p]);
      if ((b == TimeBound.KNOWN || (grows && b == TimeBound.ON_OR_AFTER))
          && (latest < 0 || times.end(s.lowerAt[p]) > times.end(s.lowerAt[latest]))) {
        latest = p;
      }
    }
    if (latest < 0 || (earliest < 0 && earliestCited < 0)) {
      return false;
    }
    if (!grows) {
      // figures said to disagree at one time, of a count that rises and falls: for certain only
      // on a day both sides give
      return earliest >= 0 && (!sameTime || times.knownOnOneDay(s.lowerAt, s.higherAt));
    }
    // The count fell for certain when a higher figure cannot be later than the lower one: one of
    // known time not after it, or one cited as earlier whose span ends by the lower one's day (a
    // span reaching past it leaves room for a rise in between).
    return (earliest >= 0
            && !ctx.allBefore(List.of(s.lower.get(latest)), List.of(s.higher.get(earliest))))
        || (earliestCited >= 0
            && times.end(s.higherAt[earliestCited]) <= times.start(s.lowerAt[latest]));
  }

  /** Which figures lack a certain time: unknown, inferred, or an earlier figure undated. */
  private static Reason unresolved(Reason.Topic topic, Reason.Listed<Reason.Cited> lower,
      Reason.Listed<Reason.Cited> higher, Clusters.Split s, RuleContext ctx) {
    Map<TimeBound, List<Claim>> by = new EnumMap<>(TimeBound.class);
    for (List<Claim> side : List.of(s.lower, s.higher)) {
      for (Claim c : side) {
        by.computeIfAbsent(ctx.timeBound(c), k -> new ArrayList<>()).add(c);
      }
    }
    return new Reason.UnresolvedTime(topic, lower, higher,
        ctx.cite(by.getOrDefault(TimeBound.UNKNOWN, List.of())),
        ctx.cite(by.getOrDefault(TimeBound.ON_OR_AFTER, List.of())),
        ctx.cite(by.getOrDefault(TimeBound.BEFORE, List.of())));
  }
}
