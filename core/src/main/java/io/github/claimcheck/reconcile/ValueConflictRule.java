package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value RuleSet#VALUE_CONFLICT}: one conflict per pair of adjacent value clusters whose cited
 * claims come from at least two articles. Same or unknown time: "Sources disagree on …". A
 * cumulative figure that falls over time: "… fell over time …, a revision readers should see".
 * A cumulative figure that rises over time is also reported here (as a conflict naming the times)
 * so that removing {@value RuleSet#GROWTH_OVER_TIME} shows it; that rule's explained finding
 * replaces it. Non-cumulative figures for different times are not compared. Dates are compared
 * regardless of when they were reported.
 */
final class ValueConflictRule implements Rule {

  @Override
  public String name() {
    return RuleSet.VALUE_CONFLICT;
  }

  @Override
  public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String topic = ctx.topic(group);
    for (Clusters.Split s : group.clusters(ctx).splits) {
      if (s.singleArticle()) {
        continue;
      }
      String lower = Texts.list(s.lower, ctx::describe);
      String higher = Texts.list(s.higher, ctx::describe);
      String text;
      if (group.isDates()) {
        text = "Sources disagree on " + topic + ": " + lower + " vs " + higher + ".";
      } else if (ctx.allBefore(s.higher, s.lower)) {
        if (!ctx.isCumulative(group.predicate())) {
          continue;
        }
        text = "The figure for " + topic + " fell over time, a revision readers should see: "
            + higher + " earlier, then " + lower + " later.";
      } else if (ctx.allBefore(s.lower, s.higher)) {
        if (!ctx.isCumulative(group.predicate())) {
          continue;
        }
        text = "Sources disagree on " + topic + " at different times: " + lower
            + " earlier vs " + higher + " later.";
      } else {
        text = "Sources disagree on " + topic + ": " + lower + " vs " + higher + ".";
      }
      out.add(Finding.of(name(), Verdict.CONFLICT, group.predicate(), group.subject(),
          s.ids(List.of()), text));
    }
    return out;
  }
}
