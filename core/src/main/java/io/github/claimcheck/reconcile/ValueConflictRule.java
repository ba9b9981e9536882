package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value RuleSet#VALUE_CONFLICT}: one finding per pair of adjacent value clusters whose cited
 * claims come from at least two articles, read with the group's {@link CountKind}:
 *
 * <ul>
 *   <li>same time: "Sources disagree on …" (a conflict);
 *   <li>a running count ({@code grows} or {@code varies}) whose time is unknown (see {@link
 *       RuleContext#isTimeKnown}) for every cited claim of one side: {@linkplain
 *       Verdict#UNRESOLVED unresolved}, the explanation says whose time is missing;
 *   <li>a running count that falls over time: "… fell over time …, a revision readers should
 *       see"; a running count that rises over time: a conflict naming the times. {@value
 *       RuleSet#GROWTH_OVER_TIME} explains the changes the count kind allows (any rise; a fall of
 *       a {@code varies} count; a fall the article says is a revision) and its explained finding
 *       replaces these, so removing that rule shows them;
 *   <li>a fixed quantity: a conflict whenever the figures were reported;
 *   <li>a figure with no count kind, for different times: not compared.
 * </ul>
 *
 * Dates are compared regardless of when they were reported.
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
    CountKind kind = ctx.countKind(group).orElse(null);
    for (Clusters.Split s : group.clusters(ctx).splits) {
      if (s.singleArticle()) {
        continue;
      }
      String lower = Texts.list(s.lower, ctx::describe);
      String higher = Texts.list(s.higher, ctx::describe);
      String text;
      Verdict verdict = Verdict.CONFLICT;
      if (group.isDates() || kind == CountKind.FIXED) {
        text = "Sources disagree on " + topic + ": " + lower + " vs " + higher + ".";
      } else if (ctx.allBefore(s.higher, s.lower)) {
        if (kind == null) {
          continue;
        }
        text = "The figure for " + topic + " fell over time, a revision readers should see: "
            + higher + " earlier, then " + lower + " later.";
      } else if (ctx.allBefore(s.lower, s.higher)) {
        if (kind == null) {
          continue;
        }
        text = "Sources disagree on " + topic + " at different times: " + lower
            + " earlier vs " + higher + " later.";
      } else {
        List<Claim> undated = new ArrayList<>();
        List<Claim> earlier = new ArrayList<>();
        if (kind != null) {
          for (List<Claim> side : List.of(s.lower, s.higher)) {
            for (Claim c : side) {
              if (!ctx.isTimeKnown(c)) {
                (ctx.effectiveTime(c).isEmpty() ? undated : earlier).add(c);
              }
            }
          }
        }
        text = "Sources disagree on " + topic + ": " + lower + " vs " + higher + ".";
        // Figures of known time on both sides disagree whatever the others' times are.
        boolean knownPair = s.lower.stream().anyMatch(ctx::isTimeKnown)
            && s.higher.stream().anyMatch(ctx::isTimeKnown);
        if (!knownPair && (!undated.isEmpty() || !earlier.isEmpty())) {
          verdict = Verdict.UNRESOLVED;
          text = "Sources give different figures for " + topic + ": " + lower + " vs " + higher
              + "." + missing("Time of report unknown for ", undated, ctx)
              + missing("No date given for the earlier figure ", earlier, ctx)
              + " A running count may differ because it was reported earlier or later.";
        }
      }
      out.add(Finding.of(name(), verdict, group.predicate(), group.subject(), s.ids(List.of()),
          text));
    }
    return out;
  }

  /** " Time of report unknown for 20 (Warta B)." or "" when no claim lacks it. */
  private static String missing(String what, List<Claim> claims, RuleContext ctx) {
    return claims.isEmpty() ? "" : " " + what + Texts.list(claims,
        c -> ctx.formatValue(c.value()) + " (" + ctx.outlet(c.articleId()) + ")") + ".";
  }
}
