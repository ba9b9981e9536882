package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.Matching.q;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Report;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a list of claims, such as {@code checker.extract(article)} or {@code
 * report.claims()}.
 */
public final class ClaimListAssert extends AbstractAssert<ClaimListAssert, List<Claim>> {

  private final Report report;

  ClaimListAssert(List<Claim> actual, Report report) {
    super(actual, ClaimListAssert.class);
    this.report = report;
  }

  /**
   * Asserts that some claim has {@code predicate}, and returns those claims to narrow further
   * ({@code withRange}, {@code attributedTo}, {@code single}, ...).
   */
  public ClaimsAssert containsClaim(String predicate) {
    isNotNull();
    Objects.requireNonNull(predicate, "predicate");
    return Matching.carry(this,
            new ClaimsAssert(List.copyOf(actual), List.copyOf(actual), report, "a claim"))
        .byPredicate(predicate);
  }

  /** Asserts that no claim has {@code predicate}. */
  public ClaimListAssert containsNoClaim(String predicate) {
    isNotNull();
    List<Claim> found = actual.stream().filter(c -> c.predicate().equals(predicate)).toList();
    if (!found.isEmpty()) {
      failWithMessage("%s", "\nExpecting no claim " + q(predicate) + ", but found "
          + found.size() + ":" + ClaimsAssert.lines(found) + "\n" + listing());
    }
    return this;
  }

  /** Asserts that the list holds exactly {@code n} claims. */
  public ClaimListAssert hasClaimCount(int n) {
    isNotNull();
    if (actual.size() != n) {
      failWithMessage("%s", "\nExpecting " + n + Listing.plural(" claim", n) + ", but found "
          + actual.size() + ".\n" + listing());
    }
    return this;
  }

  /** Asserts that the list holds no claim. */
  public ClaimListAssert isEmpty() {
    return hasClaimCount(0);
  }

  private String listing() {
    return report != null ? Listing.of(report) : ClaimsAssert.listing(actual);
  }
}
