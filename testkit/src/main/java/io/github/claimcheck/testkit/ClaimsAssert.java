package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.Matching.q;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The claims that match an expectation so far, narrowed step by step; each step fails at once
 * when no claim is left, naming the expectation, the claims that matched before the step, and
 * every claim (and, from a report, every finding).
 *
 * <pre>{@code
 * assertThat(claims).containsClaim("deployed").withRange(10_000, 12_000).attributedTo("intelijen");
 * }</pre>
 */
public final class ClaimsAssert extends AbstractAssert<ClaimsAssert, List<Claim>> {

  private final List<Claim> all;
  private final Report report;
  private final String expectation;

  ClaimsAssert(List<Claim> selected, List<Claim> all, Report report, String expectation) {
    super(selected, ClaimsAssert.class);
    this.all = all;
    this.report = report;
    this.expectation = expectation;
  }

  /** The first step: the claims with {@code predicate}. */
  ClaimsAssert byPredicate(String predicate) {
    return narrow(" " + q(predicate), c -> c.predicate().equals(predicate));
  }

  /** Keeps the claims with subject key {@code subject}, such as {@code north_korea:soldiers}. */
  public ClaimsAssert withSubject(String subject) {
    return narrow(" about " + q(subject), c -> c.subject().equals(subject));
  }

  /** Keeps the claims whose value is the single figure {@code n} (exact or approximate). */
  public ClaimsAssert withValue(long n) {
    return narrow(" with value " + n, c -> Matching.hasBounds(c, n, n));
  }

  /** Keeps the claims whose value is a quantity with bounds exactly {@code low} and {@code high}. */
  public ClaimsAssert withRange(long low, long high) {
    return narrow(" with range " + low + "–" + high, c -> Matching.hasBounds(c, low, high));
  }

  /** Keeps the claims whose value is at least {@code n}, with no upper bound ("more than n"). */
  public ClaimsAssert withAtLeast(long n) {
    return narrow(" with at least " + n, c -> Matching.hasBounds(c, n, null));
  }

  /** Keeps the claims with unit {@code unit}. */
  public ClaimsAssert withUnit(String unit) {
    return narrow(" in " + q(unit), c -> c.unit().map(unit::equals).orElse(false));
  }

  /** Keeps the claims whose attribution (or the source it cites) contains {@code who}, ignoring case. */
  public ClaimsAssert attributedTo(String who) {
    return narrow(" attributed to " + q(who), c -> Matching.attributedTo(c, who));
  }

  /**
   * Keeps the claims of the event {@code event} as the text names it ({@code flood:garut}); the
   * event decides which claims are compared, so a missing comparison is often explained here.
   */
  public ClaimsAssert withEvent(String event) {
    return narrow(" of event " + q(event), c -> c.event().map(event::equals).orElse(false));
  }

  /** Keeps the claims with {@code flag}. */
  public ClaimsAssert withFlag(ClaimFlag flag) {
    return narrow(" flagged " + flag.jsonName(), c -> c.has(flag));
  }

  /** Keeps the claims of article {@code articleId}. */
  public ClaimsAssert inArticle(String articleId) {
    return narrow(" in article " + q(articleId), c -> c.articleId().equals(articleId));
  }

  /** Asserts that exactly {@code n} claims match. */
  public ClaimsAssert hasCount(int n) {
    isNotNull();
    if (actual.size() != n) {
      failWithMessage("%s", "\nExpecting " + n + " of " + expectation + ", but found "
          + actual.size() + ":" + lines(actual) + "\n" + listing());
    }
    return this;
  }

  /** Asserts that exactly one claim matches, and returns assertions on it. */
  public ClaimAssert single() {
    hasCount(1);
    return Matching.carry(this, new ClaimAssert(actual.get(0), all));
  }

  private ClaimsAssert narrow(String step, Predicate<Claim> test) {
    isNotNull();
    List<Claim> kept = new ArrayList<>();
    for (Claim c : actual) {
      if (test.test(c)) {
        kept.add(c);
      }
    }
    String now = expectation + step;
    if (kept.isEmpty()) {
      failWithMessage("%s", "\nExpecting " + now + ", but there is none.\nMatching "
          + expectation + ":" + (actual.isEmpty() ? " none" : lines(actual)) + "\n" + listing());
    }
    return Matching.carry(this, new ClaimsAssert(List.copyOf(kept), all, report, now));
  }

  String listing() {
    return report != null ? Listing.of(report) : listing(all);
  }

  static String listing(List<Claim> claims) {
    return "The list holds " + claims.size() + Listing.plural(" claim", claims.size()) + ":"
        + Listing.claims(claims).replaceFirst("\n  claims:", "");
  }

  static String lines(List<Claim> claims) {
    StringBuilder sb = new StringBuilder();
    claims.forEach(c -> sb.append("\n    ").append(c));
    return sb.toString();
  }
}
