package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.Matching.q;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Finding}: {@code assertThat(finding).isExplained().mentions("autumn")}.
 * A failure shows the finding on one line, and what the report holds when the finding came from
 * one.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  private final Report report;
  private final Map<String, String> articleOfClaim;

  FindingAssert(Finding actual, Report report) {
    super(actual, FindingAssert.class);
    this.report = report;
    this.articleOfClaim = Matching.articleOfClaim(report);
  }

  /** Asserts the verdict is {@code verdict}. */
  public FindingAssert hasVerdict(Verdict verdict) {
    isNotNull();
    if (actual.verdict() != verdict) {
      fail("to be " + ReportAssert.phrase(verdict), "it is " + ReportAssert.phrase(actual.verdict()));
    }
    return this;
  }

  /** Asserts the finding is a conflict. */
  public FindingAssert isConflict() {
    return hasVerdict(Verdict.CONFLICT);
  }

  /** Asserts the finding is an explained difference. */
  public FindingAssert isExplained() {
    return hasVerdict(Verdict.EXPLAINED);
  }

  /** Asserts the finding is an agreement. */
  public FindingAssert isAgreement() {
    return hasVerdict(Verdict.AGREEMENT);
  }

  /** Asserts the explanation contains each of {@code words}, ignoring case. */
  public FindingAssert mentions(String... words) {
    isNotNull();
    List<String> missing = new ArrayList<>();
    for (String w : words) {
      if (!Matching.containsIgnoringCase(actual.explanation(), w)) {
        missing.add(w);
      }
    }
    if (!missing.isEmpty()) {
      fail("to mention " + List.of(words), "it does not mention " + missing);
    }
    return this;
  }

  /** Asserts the finding is about {@code predicate}. */
  public FindingAssert isOn(String predicate) {
    isNotNull();
    if (!actual.predicate().equals(predicate)) {
      fail("to be on " + q(predicate), "it is on " + q(actual.predicate()));
    }
    return this;
  }

  /** Asserts the finding comes from the rule named {@code rule}. */
  public FindingAssert isByRule(String rule) {
    isNotNull();
    if (!actual.rule().equals(rule)) {
      fail("to come from rule " + q(rule), "it comes from rule " + q(actual.rule()));
    }
    return this;
  }

  /**
   * Asserts the finding cites each of {@code ids}: article ids or claim ids, see {@link
   * ClaimcheckAssertions}.
   */
  public FindingAssert cites(String... ids) {
    isNotNull();
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      if (!Matching.cites(actual, id, articleOfClaim)) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      fail("to cite " + List.of(ids), "it does not cite " + missing);
    }
    return this;
  }

  private void fail(String expected, String but) {
    failWithMessage("%s", "\nExpecting finding\n    " + Listing.finding(actual) + "\n" + expected
        + ", but " + but + "." + (report == null ? "" : "\n" + Listing.of(report)));
  }
}
