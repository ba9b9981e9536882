package io.github.claimcheck.testkit;

import static io.github.claimcheck.testkit.ClaimcheckAssertions.assertThat;
import static io.github.claimcheck.testkit.TestArticles.article;
import static io.github.claimcheck.testkit.TestArticles.inStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit on real extraction, with AssertJ's own assertThat imported next to the kit's. */
class EndToEndTest {

  private static final ClaimChecker CHECKER =
      ClaimChecker.builder().today(LocalDate.of(2025, 10, 10)).build();

  @Test
  void inlineArticlesCarryDateSourceAndStory() {
    List<Article> articles = inStory("disaster/garut-flood",
        article("a1", "2025-10-02", "Banjir menewaskan 27 orang."),
        article("a2", "2025-10-03", "Warta B", "Banjir menewaskan 31 orang."));
    assertThat(articles).extracting(a -> a.story().orElseThrow())
        .containsOnly("disaster/garut-flood");
    assertThat(articles.get(0).published()).contains(LocalDate.of(2025, 10, 2));
    assertThat(articles.get(1).source()).contains("Warta B");
    assertThatThrownBy(() -> article("a1", "2/10/2025", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date must be ISO yyyy-mm-dd, got '2/10/2025'");
  }

  @Test
  void sourcesThatDisagreeOnTheSameDayConflict() {
    Report report = CHECKER.check(List.of(
        article("a1", "2025-10-02", "Harian A", "Banjir bandang menewaskan 27 orang, kata BNPB."),
        article("a2", "2025-10-02", "Warta B", "Banjir bandang menewaskan 35 orang, kata polisi.")));
    assertThat(report).hasConflict().on("killed").citing("a1", "a2").single()
        .mentions("27", "35");
    assertThat(report).hasClaim("killed").withValue(27).attributedTo("BNPB").single()
        .isInArticle("a1");
  }

  @Test
  void agreeingSourcesHaveNoConflict() {
    Report report = CHECKER.check(List.of(
        article("a1", "2025-10-02", "Harian A", "Banjir bandang menewaskan 27 orang, kata BNPB."),
        article("a2", "2025-10-02", "Warta B", "Sebanyak 27 orang tewas akibat banjir bandang.")));
    assertThat(report).hasNoConflicts().hasAgreement().on("killed").citing("a1", "a2");
  }

  @Test
  void theIssueExampleOnExtractedClaims() {
    Article a = article("a1", "2025-05-10", "Korea Utara telah mengirim sekitar 10.000 hingga"
        + " 12.000 tentara ke Rusia pada musim gugur tahun lalu, menurut intelijen Korea Selatan.");
    assertThat(CHECKER.extract(a)).containsClaim("deployed").withRange(10_000, 12_000)
        .attributedTo("intelijen");
  }
}
