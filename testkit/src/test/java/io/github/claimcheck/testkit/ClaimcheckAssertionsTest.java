package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.ClaimcheckAssertions.assertThat;
import static io.github.claimcheck.testkit.ClaimcheckAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assertions on hand-made reports: what passes, what fails, and what a failure says. */
class ClaimcheckAssertionsTest {

  private static Claim claim(String id, String predicate, Value value, String by) {
    Claim.Builder b = Claim.builder().id(id).articleId(id.substring(0, id.indexOf('#')))
        .predicate(predicate).subject("people").value(value).unit("people").span(Span.of(0, 1));
    return (by == null ? b : b.attribution(by)).build();
  }

  private static final Claim A1 =
      claim("a1#1", "killed", Quantity.exact(27), "BNPB").toBuilder().event("flood:garut").build();
  private static final Claim A2 = claim("a2#1", "killed", Quantity.exact(24), "BNPB");
  private static final Claim A3 =
      claim("a3#1", "deployed", Quantity.range(10_000, 12_000), "intelijen Korea Selatan");

  private static final Finding FELL = Finding.of("killed-later-lower-official", Verdict.CONFLICT,
      "killed", "people", List.of("a1#1", "a2#1"), "The official figure went down.");
  private static final Finding AUTUMN = Finding.of("growth-over-time", Verdict.EXPLAINED,
      "deployed", "people", List.of("a3#1"), "Deployments grew after the autumn.");

  private static final Report REPORT =
      Report.of(List.of(), List.of(A1, A2, A3), List.of(FELL, AUTUMN), List.of());

  private static final String LISTING = String.join("\n",
      "The report holds 3 claims and 2 findings:",
      "  claims:",
      "    a1#1 killed people 27 people event flood:garut [BNPB]",
      "    a2#1 killed people 24 people [BNPB]",
      "    a3#1 deployed people 10000–12000 people [intelijen Korea Selatan]",
      "  findings:",
      "    conflict killed people [a1#1, a2#1] (killed-later-lower-official): The official figure"
          + " went down.",
      "    explained deployed people [a3#1] (growth-over-time): Deployments grew after the"
          + " autumn.");

  @Test
  void passingAssertionsChain() {
    assertThat(REPORT).hasConflict().on("killed").citing("a1", "a2");
    assertThat(REPORT).hasConflict().citing("a2#1").citingExactly("a1", "a2#1")
        .byRule("killed-later-lower-official").mentioning("WENT DOWN").single().isConflict();
    assertThat(REPORT).hasExplained().on("deployed").single().mentions("autumn");
    assertThat(REPORT).hasNoConflictOn("deployed").hasNoFindingBy("agreement").hasNoProblems();
    assertThat(REPORT).hasClaim("deployed").withRange(10_000, 12_000).attributedTo("intelijen");
    assertThat(REPORT.claims()).containsClaim("killed").withValue(24).single().isInArticle("a2");
    assertThat(REPORT.claims()).containsNoClaim("wounded").hasClaimCount(3);
    assertThat(AUTUMN).isExplained().mentions("autumn").cites("a3").isOn("deployed");
    assertThat(A1).hasPredicate("killed").hasValue(27).isAttributedTo("bnpb").hasUnit("people")
        .hasEvent("flood:garut");
    assertThat(REPORT).hasClaim("killed").withEvent("flood:garut").single().isInArticle("a1");
    assertThatFindings(REPORT.findings()).on("killed").hasCount(1);
    assertThat(Report.of(List.of(), List.of(A1), List.of(), List.of())).hasNoFindings()
        .hasNoConflicts();
  }

  @Test
  void aMissingConflictShowsTheClosestFindingsAndTheWholeReport() {
    assertThatThrownBy(() -> assertThat(REPORT).hasConflict().on("killed").citing("a1", "a3"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("\nExpecting the report to hold a conflict on \"killed\" citing [a1, a3], but"
            + " there is none.\n"
            + "Matching a conflict on \"killed\":\n"
            + "    conflict killed people [a1#1, a2#1] (killed-later-lower-official): The official"
            + " figure went down.\n"
            + LISTING);
  }

  @Test
  void anUnexpectedConflictIsListed() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoConflicts())
        .hasMessage("\nExpecting the report to hold no conflict, but found 1:\n"
            + "    conflict killed people [a1#1, a2#1] (killed-later-lower-official): The official"
            + " figure went down.\n"
            + LISTING);
  }

  @Test
  void aReportWithoutFindingsSaysSo() {
    Report empty = Report.of(List.of(), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> assertThat(empty).hasAgreement())
        .hasMessage("\nExpecting the report to hold an agreement, but there is none.\n"
            + "The report holds 0 claims and 0 findings:\n  claims: none\n  findings: none");
  }

  @Test
  void aClaimStepThatFindsNothingNamesTheWholeExpectation() {
    assertThatThrownBy(() -> assertThat(REPORT.claims()).containsClaim("deployed")
            .withRange(10_000, 12_000).attributedTo("NIS"))
        .hasMessage("\nExpecting a claim \"deployed\" with range 10000–12000 attributed to"
            + " \"NIS\", but there is none.\n"
            + "Matching a claim \"deployed\" with range 10000–12000:\n"
            + "    a3#1 deployed people 10000–12000 people [intelijen Korea Selatan]\n"
            + "The list holds 3 claims:\n"
            + "    a1#1 killed people 27 people event flood:garut [BNPB]\n"
            + "    a2#1 killed people 24 people [BNPB]\n"
            + "    a3#1 deployed people 10000–12000 people [intelijen Korea Selatan]");
  }

  @Test
  void findingAndClaimFailuresShowTheItem() {
    assertThatThrownBy(() -> assertThat(AUTUMN).isExplained().mentions("autumn", "winter"))
        .hasMessage("\nExpecting finding\n"
            + "    explained deployed people [a3#1] (growth-over-time): Deployments grew after the"
            + " autumn.\n"
            + "to mention [autumn, winter], but it does not mention [winter].");
    assertThatThrownBy(() -> assertThat(FELL).isExplained())
        .hasMessageContaining("\nto be an explained difference, but it is a conflict.");
    assertThatThrownBy(() -> assertThat(A1).hasFlag(ClaimFlag.ADDITION))
        .hasMessage("\nExpecting claim\n    a1#1 killed people 27 people event flood:garut [BNPB]\n"
            + "to have flag addition, but it does not.");
  }

  @Test
  void countsAndDescriptionsCarryThrough() {
    assertThatThrownBy(() -> assertThat(REPORT).as("garut story").hasConflict().on("killed")
            .hasCount(2))
        .hasMessageStartingWith("[garut story] \nExpecting 2 findings matching a conflict on \"killed\","
            + " but found 1:");
    assertThatThrownBy(() -> assertThat(REPORT.claims()).hasClaimCount(2))
        .hasMessageStartingWith("\nExpecting 2 claims, but found 3.\nThe list holds 3 claims:");
  }

  @Test
  void withoutAReportArticleIdsAreReadFromClaimIds() {
    assertThatFindings(List.of(FELL)).citing("a1", "a2#1");
    assertThatThrownBy(() -> assertThatFindings(List.of(FELL)).citing("a9"))
        .hasMessage("\nExpecting the findings to hold a finding citing [a9], but there is none.\n"
            + "The findings are 1:\n"
            + "    conflict killed people [a1#1, a2#1] (killed-later-lower-official): The official"
            + " figure went down.");
  }
}
