package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
    Set<String> lowerArticles = new TreeSet<>();
    s.lower.forEach(c -> lowerArticles.add(c.articleId()));
    List<Claim> ordered = new ArrayList<>();
    additions.stream().filter(a -> lowerArticles.contains(a.articleId())).forEach(ordered::add);
    additions.stream().filter(a -> !lowerArticles.contains(a.articleId())).forEach(ordered::add);
    for (Claim a : ordered) {
      List<Claim> one = List.of(a);
      if (ctx.allBefore(one, s.lower) || ctx.allBefore(s.higher, one)
          || ctx.allBefore(s.higher, s.lower)) {
        continue;
      }
      ValueInterval sum = s.lowerCluster.common.plus(ctx.interval(a));
      if (sum.overlaps(s.higherCluster.common)) {
        return a;
      }
    }
    return null;
  }

  private Finding finding(ClaimGroup group, Clusters.Split s, Claim addition, RuleContext ctx) {
    Claim first = s.lower.get(0);
    String sumText = "";
    if (first.value() instanceof Quantity lq && addition.value() instanceof Quantity aq) {
      ValueInterval stated = ValueInterval.of(lq, 0).plus(ValueInterval.of(aq, 0));
      boolean contains = true;
      for (Claim h : s.higher) {
        contains &= h.value() instanceof Quantity hq && stated.contains(ValueInterval.of(hq, 0));
      }
      sumText = ": " + ctx.formatValue(lq) + " plus " + ctx.formatValue(aq) + " = "
          + interval(stated) + ", which " + (contains ? "contains " : "overlaps ")
          + Texts.list(s.higher, h -> ctx.formatValue(h.value()));
    }
    String timing = ctx.allBefore(s.lower, s.higher) ? " The figure grew over time" : " The figures";
    String text = Texts.capitalize(ctx.topic(group)) + ": the later total "
        + Texts.list(s.higher, ctx::describe) + " is accounted for by the earlier "
        + Texts.list(s.lower, ctx::describe) + " plus an addition of "
        + ctx.describe(addition) + "."
        + timing + " and the addition explains the gap" + sumText + ".";
    return Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
        s.ids(List.of(addition)), text);
  }

  private static String interval(ValueInterval v) {
    String lo = v.low().map(Texts::number).orElse("?");
    String hi = v.high().map(Texts::number).orElse(null);
    if (hi == null) {
      return (v.lowInclusive() ? "at least " : "more than ") + lo;
    }
    return lo.equals(hi) ? lo : lo + "–" + hi;
  }
}
