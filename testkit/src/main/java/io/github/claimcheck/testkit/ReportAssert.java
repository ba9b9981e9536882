package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.Matching.q;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Report}:
 *
 * <pre>{@code
 * assertThat(report).hasConflict().on("killed").citing("a1", "a2");
 * assertThat(report).hasNoConflicts();
 * assertThat(report).hasClaim("deployed").withRange(10_000, 12_000);
 * }</pre>
 *
 * A failure lists what the report holds, one line per claim and per finding.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /** Asserts the report holds a conflict, and returns the conflicts to narrow further. */
  public FindingsAssert hasConflict() {
    return hasFinding(Verdict.CONFLICT);
  }

  /** Asserts the report holds an explained difference, and returns those to narrow further. */
  public FindingsAssert hasExplained() {
    return hasFinding(Verdict.EXPLAINED);
  }

  /** Asserts the report holds an agreement, and returns the agreements to narrow further. */
  public FindingsAssert hasAgreement() {
    return hasFinding(Verdict.AGREEMENT);
  }

  /** Asserts the report holds a finding with {@code verdict}, and returns those findings. */
  public FindingsAssert hasFinding(Verdict verdict) {
    isNotNull();
    String expectation = phrase(verdict);
    List<Finding> found = actual.findings(verdict);
    if (found.isEmpty()) {
      failWithMessage("%s", "\nExpecting the report to hold " + expectation
          + ", but there is none.\n" + Listing.of(actual));
    }
    return Matching.carry(this, FindingsAssert.of(found, actual, expectation));
  }

  /** Asserts the report holds no conflict. */
  public ReportAssert hasNoConflicts() {
    return hasNone("no conflict", f -> f.verdict() == Verdict.CONFLICT);
  }

  /** Asserts the report holds no conflict about {@code predicate}. */
  public ReportAssert hasNoConflictOn(String predicate) {
    return hasNone("no conflict on " + q(predicate),
        f -> f.verdict() == Verdict.CONFLICT && f.predicate().equals(predicate));
  }

  /** Asserts no finding of the report comes from the rule named {@code rule}. */
  public ReportAssert hasNoFindingBy(String rule) {
    return hasNone("no finding by rule " + q(rule), f -> f.rule().equals(rule));
  }

  /** Asserts the report holds no finding at all. */
  public ReportAssert hasNoFindings() {
    return hasNone("no finding", f -> true);
  }

  /** Asserts the report met no problem on its input. */
  public ReportAssert hasNoProblems() {
    isNotNull();
    if (!actual.problems().isEmpty()) {
      failWithMessage("%s", "\nExpecting the report to hold no problem, but it holds "
          + actual.problems().size() + ".\n" + Listing.of(actual));
    }
    return this;
  }

  /**
   * Asserts some claim of the report has {@code predicate}, and returns those claims to narrow
   * further.
   */
  public ClaimsAssert hasClaim(String predicate) {
    return claims().containsClaim(predicate);
  }

  /** Returns assertions on the report's claims; failures list the whole report. */
  public ClaimListAssert claims() {
    isNotNull();
    return Matching.carry(this, new ClaimListAssert(actual.claims(), actual));
  }

  /** "a conflict", "an explained difference", "an agreement". */
  static String phrase(Verdict verdict) {
    switch (verdict) {
      case CONFLICT:
        return "a conflict";
      case EXPLAINED:
        return "an explained difference";
      case UNRESOLVED:
        return "an unresolved difference";
      default:
        return "an agreement";
    }
  }

  private ReportAssert hasNone(String expectation, Predicate<Finding> test) {
    isNotNull();
    List<Finding> found = actual.findings().stream().filter(test).toList();
    if (!found.isEmpty()) {
      StringBuilder sb = new StringBuilder("\nExpecting the report to hold ").append(expectation)
          .append(", but found ").append(found.size()).append(':');
      found.forEach(f -> sb.append("\n    ").append(Listing.finding(f)));
      sb.append('\n').append(Listing.of(actual));
      failWithMessage("%s", sb.toString());
    }
    return this;
  }
}
