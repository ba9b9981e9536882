/**
 * claimcheck: reads news articles, turns each into typed claims and reconciles them across
 * sources.
 *
 * <p>The entry point is {@link io.github.claimcheck.ClaimChecker}: build one, reuse it, and call
 * {@link io.github.claimcheck.ClaimChecker#check(java.util.List)} on a set of articles to get a
 * {@link io.github.claimcheck.model.Report}.
 *
 * <p>Packages: {@code model} (the data types), {@code parse} (numbers and dates on their own),
 * {@code extract} (claims from one article), {@code reconcile} (rules and findings), {@code input}
 * (reading files), {@code json} and {@code render} (output). Packages under {@code internal} are
 * not API and may change at any time.
 */
package io.github.claimcheck;
