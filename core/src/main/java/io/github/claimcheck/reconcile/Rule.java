package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Finding;
import java.util.List;

/**
 * A reconciliation rule: looks at one group of comparable claims and reports findings.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link #name()} is stable, non-blank and unique within a {@link RuleSet}; it is the
 *       {@link Finding#rule()} of every finding the rule returns and the key {@link
 *       RuleSet#without(String)} removes it by.
 *   <li>{@link #evaluate(ClaimGroup, RuleContext)} is called once per {@link ClaimGroup} of a
 *       {@link Reconciler#run run} or {@link Reconciler#reconcile reconcile} call, in {@link
 *       RuleSet} order. Its arguments are never {@code null}. It returns a list that is never
 *       {@code null} (empty when the rule has nothing to say); findings should use the group's
 *       predicate and subject and must cite only claims of the group, otherwise the rule has
 *       failed (see below).
 *   <li>Implementations must be stateless or thread-safe, and must not depend on the order of
 *       the input claims: a {@link RuleSet} is shared and a {@link Reconciler} may be called from
 *       several threads. Cite claims in a deterministic order (for example by id).
 *   <li>A rule that fails costs its own findings on that group, not the report: when it throws
 *       an exception, returns {@code null} or cites a claim outside the group, {@link
 *       Reconciler#run} (which {@code ClaimChecker} uses) lists a {@link
 *       io.github.claimcheck.model.Problem Problem} with the source {@code rule NAME} naming the
 *       group and the error, and goes on with the other rules and groups. With {@link
 *       RuleSet#failFast()} on, and always from {@link Reconciler#reconcile}, the first failure
 *       is thrown instead: an {@link IllegalStateException} naming the rule and the group, with
 *       the rule's exception as its cause. An {@link Error} ({@link OutOfMemoryError}, {@link
 *       StackOverflowError}, …) is never caught: it ends the check.
 *   <li>A rule need not know about the others. After all rules ran on a group, the reconciler
 *       drops a {@link io.github.claimcheck.model.Verdict#CONFLICT conflict} or {@link
 *       io.github.claimcheck.model.Verdict#EXPLAINED explained} finding when an explained finding
 *       of another rule on the same group cites all of its claims (on equal citations the rule
 *       that comes first in the {@link RuleSet} wins). A rule that explains a difference therefore
 *       just reports it, citing at least the claims a conflict rule would cite.
 * </ul>
 *
 * <p>Rules that need every claim at once rather than one group implement {@link ClaimSetRule}.
 *
 * @since 0.1.0
 */
public interface Rule {

  /** Returns the stable name, for example {@code value-conflict}; never {@code null} or blank. */
  String name();

  /**
   * Returns the findings for one group of comparable claims.
   *
   * @param group the claims compared; never {@code null}, never empty
   * @param context article info, effective times, tolerances and text helpers; never {@code null}
   * @return the findings, never {@code null}
   */
  List<Finding> evaluate(ClaimGroup group, RuleContext context);
}
