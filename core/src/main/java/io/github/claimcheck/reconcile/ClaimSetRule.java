package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import java.util.List;

/**
 * A rule that looks at all claims of a reconcile call at once instead of one group at a time: for
 * checks on single claims (such as a weekday that does not match its date) or across groups.
 *
 * <p>The {@link Rule} contract applies, with these differences: the reconciler calls {@link
 * #evaluateAll(List, RuleContext)} once per reconcile call and never calls {@link
 * #evaluate(ClaimGroup, RuleContext)}; findings may cite any claim of the input; they are not
 * dropped in favour of explained findings of group rules; a failure costs all of the rule's
 * findings (the problem names "all claims" instead of a group).
 *
 * <p>A claim-set rule needs all claims at once, so a reconcile call that is split by comparison
 * key and article ({@link Reconciler#runKey}, as the Spark module does) fails on it; implement
 * {@link SplittableRule} to say how the rule splits.
 *
 * @since 0.1.0
 */
public interface ClaimSetRule extends Rule {

  /**
   * Returns the findings for all claims.
   *
   * @param claims every claim given to the reconciler, sorted by id; never {@code null}
   * @param context article info, effective times, tolerances and text helpers; never {@code null}
   * @return the findings, never {@code null}
   */
  List<Finding> evaluateAll(List<Claim> claims, RuleContext context);

  /** Returns no findings: a claim-set rule is not evaluated per group. */
  @Override
  default List<Finding> evaluate(ClaimGroup group, RuleContext context) {
    return List.of();
  }
}
