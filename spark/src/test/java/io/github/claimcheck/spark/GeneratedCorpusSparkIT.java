package io.github.claimcheck.spark;

import io.github.claimcheck.benchmarks.CorpusGenerator;
import io.github.claimcheck.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On 2,000 generated articles (the benchmarks' seeded corpus) in four partitions, Spark's claims
 * and findings are those of one JVM's check.
 */
class GeneratedCorpusSparkIT {

  @Test
  void twoThousandGeneratedArticlesGiveTheClaimsAndFindingsOfOneJvm() {
    List<Article> generated = CorpusGenerator.standard().articles(2_000);
    SparkCheckTest.assertSameResults(generated, 4);
  }
}
