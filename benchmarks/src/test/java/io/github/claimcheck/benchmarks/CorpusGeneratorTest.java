package io.github.claimcheck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  @Test
  void sameSeedGivesTheSameArticlesInAnyOrder() {
    CorpusGenerator g = new CorpusGenerator(7);
    List<Article> forward = g.articles(40);
    Article late = new CorpusGenerator(7).article(39);
    assertThat(late).isEqualTo(forward.get(39));
    assertThat(new CorpusGenerator(7).articles(20, 20)).isEqualTo(forward.subList(20, 40));
  }

  @Test
  void otherSeedsGiveOtherArticles() {
    assertThat(new CorpusGenerator(1).article(3).text())
        .isNotEqualTo(new CorpusGenerator(2).article(3).text());
  }

  @Test
  void articlesMixLanguagesMetadataAndNoise() {
    List<Article> articles = CorpusGenerator.standard().articles(200);
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(articles).anyMatch(a -> a.published().isEmpty())
        .anyMatch(a -> a.published().isPresent())
        .anyMatch(a -> a.language().isEmpty())
        .anyMatch(a -> a.text().contains("Baca juga:") || a.text().contains("Simak juga:"))
        .anyMatch(a -> a.text().contains("Read more:") || a.text().contains("Also read:"));
    assertThat(articles.stream().map(a -> a.story().orElseThrow()).distinct().count())
        .isEqualTo(200 / CorpusGenerator.STORY_SIZE + 1);
  }

  @Test
  void articlesOfSizeReachTheSize() {
    List<Article> articles = CorpusGenerator.standard().articlesOfSize(50_000);
    long bytes = CorpusGenerator.utf8Bytes(articles);
    assertThat(bytes).isGreaterThanOrEqualTo(50_000);
    assertThat(bytes - articles.get(articles.size() - 1).text().length()).isLessThan(50_000);
  }

  @Test
  void generatedArticlesYieldClaimsInBothLanguagesAndFindings() {
    Report report = ClaimChecker.builder().today(TODAY).build()
        .check(CorpusGenerator.standard().articles(64));
    assertThat(report.claims()).hasSizeGreaterThan(64 * 5);
    assertThat(report.claims()).extracting(Claim::predicate)
        .contains("killed", "wounded", "displaced", "deployed", "missing");
    assertThat(report.articles()).anyMatch(i -> i.language().code().equals("en"))
        .anyMatch(i -> i.language().code().equals("id"));
    assertThat(report.findings()).isNotEmpty();
  }

  @Test
  void rejectsNegativeIndices() {
    assertThatThrownBy(() -> CorpusGenerator.standard().article(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void claimFactoryBuildsOneGroupOrMany() {
    ClaimFactory one = new ClaimFactory(1001, true);
    assertThat(one.claims()).hasSize(1001);
    assertThat(one.claims().stream().map(Claim::subject).collect(Collectors.toSet()))
        .containsExactly("people");
    ClaimFactory many = new ClaimFactory(1000, false);
    assertThat(many.articles().values().stream()
        .map(i -> i.article().story().orElseThrow()).distinct().count()).isEqualTo(100);
  }
}
