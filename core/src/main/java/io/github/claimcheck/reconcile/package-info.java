/**
 * Reconciliation: compares claims that are already extracted and reports findings (conflict,
 * explained, agreement).
 *
 * <ul>
 *   <li>{@link io.github.claimcheck.reconcile.Reconciler}: the entry point;
 *   <li>{@link io.github.claimcheck.reconcile.RuleSet}: an immutable, ordered set of rules with
 *       tolerances and cumulative predicates; start from {@code RuleSet.defaults()};
 *   <li>{@link io.github.claimcheck.reconcile.Rules}: declarative helpers for the common rules
 *       and settings ({@link io.github.claimcheck.reconcile.RuleSetting});
 *   <li>{@link io.github.claimcheck.reconcile.Rule} and {@link
 *       io.github.claimcheck.reconcile.ClaimSetRule}: the extension point, with a written
 *       contract;
 *   <li>{@link io.github.claimcheck.reconcile.ComparisonKey} and {@link
 *       io.github.claimcheck.reconcile.SplittableRule}: which claims may be compared, so that
 *       reconciliation can be split by key and article ({@code Reconciler.runKey}, {@code
 *       runArticle}), as the Spark module does;
 *   <li>{@link io.github.claimcheck.reconcile.ClaimGroup} and {@link
 *       io.github.claimcheck.reconcile.RuleContext}: what rules read; values are compared as
 *       {@link io.github.claimcheck.model.Interval}s.
 * </ul>
 *
 * <p>Built-in rules are package-private implementations reachable through {@code
 * RuleSet.defaults().rule(name)}. Methods never return {@code null} and reject {@code null}
 * arguments unless their Javadoc says otherwise; optional values are returned as {@link
 * java.util.Optional}.
 */
package io.github.claimcheck.reconcile;

