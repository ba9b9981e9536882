package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.Matching.q;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The findings that match an expectation so far, narrowed step by step; each step fails at once
 * when no finding is left, naming the expectation, the findings that matched before the step, and
 * what the report holds.
 *
 * <pre>{@code
 * assertThat(report).hasConflict().on("killed").citing("a1", "a2").mentioning("went down");
 * }</pre>
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

  private final Report report;
  private final List<Finding> all;
  private final String expectation;
  private final Map<String, String> articleOfClaim;

  private FindingsAssert(List<Finding> selected, Report report, List<Finding> all, String expectation) {
    super(selected, FindingsAssert.class);
    this.report = report;
    this.all = all;
    this.expectation = expectation;
    this.articleOfClaim = Matching.articleOfClaim(report);
  }

  static FindingsAssert of(List<Finding> findings, Report report, String expectation) {
    Objects.requireNonNull(findings, "findings");
    return new FindingsAssert(List.copyOf(findings), report, List.copyOf(findings), expectation);
  }

  /** Keeps the findings about {@code predicate}, for example {@code killed}. */
  public FindingsAssert on(String predicate) {
    return narrow(" on " + q(predicate), f -> f.predicate().equals(predicate));
  }

  /** Keeps the findings about subject key {@code subject}, for example {@code people}. */
  public FindingsAssert about(String subject) {
    return narrow(" about " + q(subject), f -> f.subject().equals(subject));
  }

  /** Keeps the findings of the rule named {@code rule}. */
  public FindingsAssert byRule(String rule) {
    return narrow(" by rule " + q(rule), f -> f.rule().equals(rule));
  }

  /**
   * Keeps the findings citing each of {@code ids}: article ids ({@code a1}) or claim ids
   * ({@code a1#2}); see {@link ClaimcheckAssertions}. They may cite more.
   */
  public FindingsAssert citing(String... ids) {
    List<String> list = ids(ids);
    return narrow(" citing " + list,
        f -> list.stream().allMatch(id -> Matching.cites(f, id, articleOfClaim)));
  }

  /** Keeps the findings citing each of {@code ids} and nothing else. */
  public FindingsAssert citingExactly(String... ids) {
    List<String> list = ids(ids);
    return narrow(" citing exactly " + list, f -> Matching.citesExactly(f, list, articleOfClaim));
  }

  /** Keeps the findings whose explanation contains each of {@code words}, ignoring case. */
  public FindingsAssert mentioning(String... words) {
    List<String> list = ids(words);
    return narrow(" mentioning " + list,
        f -> list.stream().allMatch(w -> Matching.containsIgnoringCase(f.explanation(), w)));
  }

  /** Asserts that exactly {@code n} findings match. */
  public FindingsAssert hasCount(int n) {
    isNotNull();
    if (actual.size() != n) {
      failWithMessage("%s", "\nExpecting " + n + Listing.plural(" finding", n) + " matching "
          + expectation + ", but found " + actual.size() + ":" + lines(actual) + "\n" + listing());
    }
    return this;
  }

  /** Asserts that exactly one finding matches, and returns assertions on it. */
  public FindingAssert single() {
    hasCount(1);
    return Matching.carry(this, new FindingAssert(actual.get(0), report));
  }

  private FindingsAssert narrow(String step, Predicate<Finding> test) {
    isNotNull();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : actual) {
      if (test.test(f)) {
        kept.add(f);
      }
    }
    String now = expectation + step;
    if (kept.isEmpty()) {
      StringBuilder sb = new StringBuilder("\nExpecting ")
          .append(report != null ? "the report" : "the findings").append(" to hold ").append(now)
          .append(", but there is none.");
      // The candidates before this step, unless the listing below shows just them anyway.
      if (!actual.equals(report != null ? report.findings() : all)) {
        sb.append("\nMatching ").append(expectation).append(":")
            .append(actual.isEmpty() ? " none" : lines(actual));
      }
      sb.append('\n').append(listing());
      failWithMessage("%s", sb.toString());
    }
    return Matching.carry(this, new FindingsAssert(List.copyOf(kept), report, all, now));
  }

  private String listing() {
    return report != null ? Listing.of(report)
        : "The findings are " + all.size() + ":" + Listing.findings(all).replaceFirst("\n  findings:", "");
  }

  private static String lines(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    findings.forEach(f -> sb.append("\n    ").append(Listing.finding(f)));
    return sb.toString();
  }

  private static List<String> ids(String... ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.length == 0) {
      throw new IllegalArgumentException("give at least one value");
    }
    return Arrays.asList(ids);
  }
}
