package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrowthOverTimeRuleTest {

  private static final Map<String, ArticleInfo> ARTICLES =
      articles(
          article("a", "Harian A", "2025-10-02"),
          article("b", "Warta B", "2025-10-05"),
          article("c", "Kabar C", "2025-10-05"));

  private static final List<Claim> GROWING =
      List.of(
          claim("a#1", "a", "killed", "people", Quantity.exact(120)).attribution("police").build(),
          claim("b#1", "b", "killed", "people", Quantity.exact(150)).attribution("BPBD").build());

  @Test
  void largerCumulativeFigureLaterIsExplained() {
    List<Finding> findings = Reconciler.standard().reconcile(GROWING, ARTICLES);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.EXPLAINED);
      assertThat(f.rule()).isEqualTo("growth-over-time");
      assertThat(f.claimIds()).containsExactly("a#1", "b#1");
      assertThat(f.explanation())
          .isEqualTo("People killed grew over time, so the figures do not conflict: 120 (Harian A,"
              + " police, as of 2 Oct 2025) earlier, then 150 (Warta B, BPBD, as of 5 Oct 2025)"
              + " later.");
    });
  }

  @Test
  void withoutTheRuleGrowthIsReportedAsAConflictNamingTheTimes() {
    List<Finding> findings =
        Reconciler.of(RuleSet.defaults().without("growth-over-time")).reconcile(GROWING, ARTICLES);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.explanation()).contains("at different times").contains("earlier vs 150");
    });
  }

  @Test
  void growthDoesNotExplainAFigureFromTheSameDay() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(120)).build(),
            claim("b#1", "b", "killed", "people", Quantity.exact(150)).build(),
            claim("c#1", "c", "killed", "people", Quantity.exact(120)).build());
    // c#1 (5 Oct, 120) sits in the lower cluster with a#1 (2 Oct): not all lower figures are earlier
    List<Finding> findings = Reconciler.standard().reconcile(claims, ARTICLES);
    assertThat(TestClaims.withVerdict(findings, Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1", "c#1"));
    assertThat(TestClaims.withVerdict(findings, Verdict.EXPLAINED)).isEmpty();
  }

  @Test
  void timeScopeWinsOverPublicationDate() {
    // b#1 is published later but its figure refers to a time before a#1's publication
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(120)).build(),
            claim("b#1", "b", "killed", "people", Quantity.exact(150))
                .when(TestClaims.day("2025-09-30")).build());
    List<Finding> findings = Reconciler.standard().reconcile(claims, ARTICLES);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.explanation()).contains("fell over time").contains("150 (Warta B, 30 Sep 2025)");
    });
  }
}
