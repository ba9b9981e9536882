package io.github.claimcheck.testkit;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import java.util.List;

/**
 * The entry point of the test kit, in the style of AssertJ's {@code Assertions}:
 *
 * <pre>{@code
 * import static io.github.claimcheck.testkit.ClaimcheckAssertions.assertThat;
 *
 * assertThat(report).hasConflict().on("killed").citing("a1", "a2");
 * assertThat(report).hasNoConflicts();
 * assertThat(claims).containsClaim("deployed").withRange(10_000, 12_000).attributedTo("intelijen");
 * assertThat(finding).isExplained().mentions("autumn");
 * }</pre>
 *
 * <p>It can be statically imported next to {@code org.assertj.core.api.Assertions.assertThat}:
 * these overloads are the more specific ones for reports, findings, claims and claim lists.
 *
 * <h2>Ids</h2>
 *
 * Wherever an assertion takes ids of what a finding cites ({@code citing}, {@code cites}), each id
 * may be an article id ({@code a1}: some claim of that article is cited) or a claim id ({@code
 * a1#2}). Article ids are what a test writes; claim ids pin one claim of an article. Without a
 * report to look claims up in, the article of a claim is read from its id, as the extractor
 * writes them ({@code article#n}).
 *
 * <h2>Failure messages</h2>
 *
 * A failure says what was expected, the findings or claims that came closest (those matching the
 * steps before the one that failed), and a compact listing of what the report holds, one line
 * per claim and per finding.
 */
public class ClaimcheckAssertions {

  /** For subclasses that add assertions of their own. */
  protected ClaimcheckAssertions() {}

  /** Returns assertions on a report. */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /** Returns assertions on one finding. */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual, null);
  }

  /** Returns assertions on one claim. */
  public static ClaimAssert assertThat(Claim actual) {
    return new ClaimAssert(actual, null);
  }

  /** Returns assertions on a list of claims, such as {@code checker.extract(article)}. */
  public static ClaimListAssert assertThat(List<Claim> actual) {
    return new ClaimListAssert(actual, null);
  }

  /** Returns assertions on a list of findings, such as {@code reconciler.reconcile(...)}. */
  public static FindingsAssert assertThatFindings(List<Finding> actual) {
    return FindingsAssert.of(actual, null, "a finding");
  }
}
