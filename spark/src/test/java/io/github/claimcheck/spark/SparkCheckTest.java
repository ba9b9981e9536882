package io.github.claimcheck.spark;

import static io.github.claimcheck.spark.SparkTests.TODAY;
import static io.github.claimcheck.spark.SparkTests.articles;
import static io.github.claimcheck.spark.SparkTests.assertSameAsReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark job's claims and findings are those of one JVM's check, on the same articles. */
class SparkCheckTest {

  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(TODAY).build();
  private static final ClaimcheckSpark SPARK = ClaimcheckSpark.builder().today(TODAY).build();

  static void assertSameResults(List<Article> articles, int partitions) {
    Report report = CHECKER.check(articles);
    SparkCheck check = SPARK.check(articles(articles, partitions));
    try {
      assertSameAsReport(check.articles(), check.claims(), check.sortedFindings().collectAsList(),
          check.problems(), report);
      // Sorted as a report sorts them.
      assertThat(SparkTests.findings(check.sortedFindings().collectAsList()))
          .isEqualTo(SparkTests.withoutLikely(report.findings()));
    } finally {
      check.unpersist();
    }
  }

  @Test
  void theDemoCorpusGivesTheClaimsAndFindingsOfOneJvm() {
    Corpus demo = ArticleReader.standard().read(List.of(SparkTests.DEMO));
    assertThat(demo.problems()).isEmpty();
    Report report = CHECKER.check(demo);
    assertThat(report.findings(Verdict.CONFLICT)).isNotEmpty();
    assertSameResults(demo.articles(), 3);
  }
}
