package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.Matching.q;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Claim}: {@code assertThat(claim).hasPredicate("killed").hasValue(27)}.
 * A failure shows the claim on one line, and the claims around it when it came from a list.
 */
public final class ClaimAssert extends AbstractAssert<ClaimAssert, Claim> {

  private final List<Claim> context;

  ClaimAssert(Claim actual, List<Claim> context) {
    super(actual, ClaimAssert.class);
    this.context = context;
  }

  /** Asserts the predicate is {@code predicate}. */
  public ClaimAssert hasPredicate(String predicate) {
    return check(actual.predicate().equals(predicate), "to have predicate " + q(predicate));
  }

  /** Asserts the subject key is {@code subject}, for example {@code north_korea:soldiers}. */
  public ClaimAssert hasSubject(String subject) {
    return check(actual.subject().equals(subject), "to have subject " + q(subject));
  }

  /** Asserts the value is the single figure {@code n} (exact or approximate). */
  public ClaimAssert hasValue(long n) {
    return check(Matching.hasBounds(actual, n, n), "to have the value " + n);
  }

  /** Asserts the value is a quantity whose bounds are exactly {@code low} and {@code high}. */
  public ClaimAssert hasRange(long low, long high) {
    return check(Matching.hasBounds(actual, low, high), "to range from " + low + " to " + high);
  }

  /** Asserts the unit is {@code unit}. */
  public ClaimAssert hasUnit(String unit) {
    return check(actual.unit().map(unit::equals).orElse(false), "to have unit " + q(unit));
  }

  /** Asserts the attribution (or the source it cites) contains {@code who}, ignoring case. */
  public ClaimAssert isAttributedTo(String who) {
    return check(Matching.attributedTo(actual, who), "to be attributed to " + q(who));
  }

  /** Asserts the claim belongs to the event {@code event} ({@code flood:garut}). */
  public ClaimAssert hasEvent(String event) {
    return check(actual.event().map(event::equals).orElse(false), "to be of event " + q(event));
  }

  /** Asserts the claim has {@code flag}. */
  public ClaimAssert hasFlag(ClaimFlag flag) {
    return check(actual.has(flag), "to have flag " + flag.jsonName());
  }

  /** Asserts the claim comes from article {@code articleId}. */
  public ClaimAssert isInArticle(String articleId) {
    return check(actual.articleId().equals(articleId), "to come from article " + q(articleId));
  }

  private ClaimAssert check(boolean ok, String expected) {
    isNotNull();
    if (!ok) {
      failWithMessage("%s", "\nExpecting claim\n    " + actual + "\n" + expected + ", but it does"
          + " not." + (context == null ? "" : "\nThe claims are:" + Listing.claims(context)
              .replaceFirst("\n  claims:", "")));
    }
    return this;
  }
}
