/**
 * AssertJ assertions and fixtures for unit-testing claimcheck rule sets and language packs.
 *
 * <ul>
 *   <li>{@link io.github.claimcheck.testkit.ClaimcheckAssertions}: the entry point, {@code
 *       assertThat(report).hasConflict().on("killed").citing("a1", "a2")};
 *   <li>{@link io.github.claimcheck.testkit.TestArticles}: articles written inline, {@code
 *       article("a1", "2025-10-02", "text")}.
 * </ul>
 */
package io.github.claimcheck.testkit;
