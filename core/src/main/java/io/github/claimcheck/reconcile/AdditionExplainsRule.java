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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@value RuleSet#ADDITION_EXPLAINS}: for a pair of adjacent value clusters (from at least two
 * articles), a claim flagged {@code ADDITION} explains the difference when the lower figure plus
 * the addition overlaps the higher figure, and the times do not contradict it (the addition is
 * not before the lower figure, the higher figure is not before the addition). Additions from the
 * article of a lower figure are tried first, then by id; one addition at a time.
 */
final class AdditionExplainsRule implements Rule {

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
    for (Clusters.Split s : group.clusters(ctx).splits) {
      if (s.singleArticle()) {
        continue;
      }
      Claim addition = find(s, group.additions(), ctx);
      if (addition != null) {
        out.add(finding(group, s, addition, ctx));
      }
    }
    return out;
  }

  private static Claim find(Clusters.Split s, List<Claim> additions, RuleContext ctx) {
    if (ctx.allBefore(s.higher, s.lower)) {
      return null;
    }
    // The bounds of each side are computed once per split, not once per addition: a group of
    // many claims would otherwise cost the square of its size.
    LocalDate lowerStart = earliestStart(s.lower, ctx);
    LocalDate higherEnd = latestEnd(s.higher, ctx);
    Set<String> lowerArticles = new HashSet<>();
    s.lower.forEach(c -> lowerArticles.add(c.articleId()));
    // Additions reported by the lower figure's own articles are tried first.
    for (boolean own : new boolean[] {true, false}) {
      for (Claim a : additions) {
        if (lowerArticles.contains(a.articleId()) == own && explains(a, s, lowerStart, higherEnd, ctx)) {
          return a;
        }
      }
    }
    return null;
  }

  private static boolean explains(
      Claim a, Clusters.Split s, LocalDate lowerStart, LocalDate higherEnd, RuleContext ctx) {
    DateValue t = ctx.effectiveTime(a).orElse(null);
    boolean beforeLower = t != null && lowerStart != null && lowerStart.isAfter(t.end());
    boolean afterHigher = t != null && higherEnd != null && t.start().isAfter(higherEnd);
    if (beforeLower || afterHigher) {
      return false;
    }
    return s.lowerCluster.common.plus(ctx.interval(a)).overlaps(s.higherCluster.common);
  }

  /** The earliest start of the claims' times; null when any time is unknown. */
  private static LocalDate earliestStart(List<Claim> claims, RuleContext ctx) {
    LocalDate min = null;
    for (Claim c : claims) {
      DateValue t = ctx.effectiveTime(c).orElse(null);
      if (t == null) {
        return null;
      }
      min = min == null || t.start().isBefore(min) ? t.start() : min;
    }
    return min;
  }

  /** The latest end of the claims' times; null when any time is unknown. */
  private static LocalDate latestEnd(List<Claim> claims, RuleContext ctx) {
    LocalDate max = null;
    for (Claim c : claims) {
      DateValue t = ctx.effectiveTime(c).orElse(null);
      if (t == null) {
        return null;
      }
      max = max == null || t.end().isAfter(max) ? t.end() : max;
    }
    return max;
  }

  private Finding finding(ClaimGroup group, Clusters.Split s, Claim addition, RuleContext ctx) {
    Claim first = s.lower.get(0);
    Optional<Reason.Sum> sum = Optional.empty();
    if (first.value() instanceof Quantity lq && addition.value() instanceof Quantity aq) {
      Interval stated = Interval.of(lq, 0).plus(Interval.of(aq, 0));
      boolean contains = true;
      for (Claim h : s.higher) {
        contains &= h.value() instanceof Quantity hq && stated.contains(Interval.of(hq, 0));
      }
      sum = Optional.of(new Reason.Sum(lq, aq, stated.asQuantity(), contains,
          Reason.Listed.of(s.higher, Claim::value)));
    }
    Reason reason = new Reason.AdditionExplains(ctx.about(group), ctx.cite(s.higher),
        ctx.cite(s.lower), ctx.cite(addition), ctx.allBefore(s.lower, s.higher), sum);
    return Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
        s.ids(List.of(addition)), reason, FindingTexts.english(reason));
  }
}
