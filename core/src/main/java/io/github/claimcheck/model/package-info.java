/**
 * The claimcheck data model: what goes in ({@link io.github.claimcheck.model.Article}), what is
 * extracted ({@link io.github.claimcheck.model.Claim} with a {@link io.github.claimcheck.model.Value}
 * that is either a {@link io.github.claimcheck.model.Quantity} or a
 * {@link io.github.claimcheck.model.DateValue}, compared as an {@link
 * io.github.claimcheck.model.Interval}), and what the check concludes
 * ({@link io.github.claimcheck.model.Finding}, collected with everything else in a
 * {@link io.github.claimcheck.model.Report}).
 *
 * <p>Every type here is immutable and safe to share between threads. Methods never return
 * {@code null} unless their Javadoc says so; optional values are returned as {@link
 * java.util.Optional}.
 */
package io.github.claimcheck.model;
