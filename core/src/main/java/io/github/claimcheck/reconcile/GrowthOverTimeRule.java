package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value RuleSet#GROWTH_OVER_TIME}: for a cumulative predicate, a pair of adjacent value clusters
 * (from at least two articles) where every cited lower figure refers to a time before every cited
 * higher figure is explained: the figure grew over time.
 */
final class GrowthOverTimeRule implements Rule {

  @Override
  public String name() {
    return RuleSet.GROWTH_OVER_TIME;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    if (group.isDates() || !ctx.isCumulative(group.predicate())) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    String topic = Texts.capitalize(ctx.topic(group));
    for (Clusters.Split s : group.clusters(ctx).splits) {
      if (s.singleArticle() || !ctx.allBefore(s.lower, s.higher)) {
        continue;
      }
      String text = topic
          + " grew over time, so the figures do not conflict: "
          + Texts.list(s.lower, ctx::describe) + " earlier, then "
          + Texts.list(s.higher, ctx::describe) + " later.";
      out.add(Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
          s.ids(List.of()), text));
    }
    return out;
  }
}
