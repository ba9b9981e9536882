package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import java.util.List;

/**
 * A {@link ClaimSetRule} that can also be evaluated on parts of the claims, so that a reconcile
 * call can be split by {@link ComparisonKey} and by article (for instance across the machines of
 * a cluster) and still find what one call on all claims finds.
 *
 * <p>{@link Reconciler#runKey} calls {@link #evaluateKey} with the claims of one key, and {@link
 * Reconciler#runArticle} calls {@link #evaluateArticle} with the claims of one article. The
 * contract, besides that of {@link ClaimSetRule}: for any claims, the findings of {@link
 * #evaluateAll} are those of {@link #evaluateKey} on the claims of each key together with those
 * of {@link #evaluateArticle} on the claims of each article, and each finding comes from exactly
 * one of these calls.
 *
 * <p>The defaults fit a rule that compares only claims of one key or looks at each claim on its
 * own (such as {@code weekday-mismatch}): {@code evaluateKey} is {@code evaluateAll}, and {@code
 * evaluateArticle} finds nothing. A rule that also compares claims of different keys within one
 * article (such as {@code parts-and-totals}, for combined counts) overrides {@code
 * evaluateArticle} to return only those findings. A claim-set rule that is not splittable makes
 * {@code runKey} and {@code runArticle} fail: it needs every claim at once.
 *
 * @since 0.1.0
 */
public interface SplittableRule extends ClaimSetRule {

  /**
   * Returns the findings among claims of one comparison key.
   *
   * @param claims claims that share one {@link ComparisonKey}, sorted by id; never {@code null}
   * @param context article info, effective times, tolerances and text helpers; never {@code null}
   * @return the findings, never {@code null}
   */
  default List<Finding> evaluateKey(List<Claim> claims, RuleContext context) {
    return evaluateAll(claims, context);
  }

  /**
   * Returns the findings that compare claims of different comparison keys within one article;
   * none by default. Each finding cites claims of at least two keys: the reconciler does not
   * call this method on claims that share one key.
   *
   * @param claims the claims of one article, sorted by id; never {@code null}
   * @param context article info, effective times, tolerances and text helpers; never {@code null}
   * @return the findings, never {@code null}
   */
  default List<Finding> evaluateArticle(List<Claim> claims, RuleContext context) {
    return List.of();
  }
}
