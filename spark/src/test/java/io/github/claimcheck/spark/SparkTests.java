package io.github.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One Spark session in local[2] mode for every test of this JVM, and comparisons with a report. */
final class SparkTests {

  /** The date the tests take as today, on the driver and on the executors. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The demo corpus of the command-line tool. */
  static final Path DEMO = Path.of(
      "../examples/src/main/resources/io/github/claimcheck/examples/demo/demo-corpus.jsonl");

  private static SparkSession session;

  private SparkTests() {}

  /** The session: two executor threads, four shuffle partitions, no web UI. */
  static synchronized SparkSession spark() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("claimcheck-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return session;
  }

  /** The articles as a dataset of {@link ClaimcheckRows#ARTICLE_INPUT} rows in some partitions. */
  static Dataset<Row> articles(List<Article> articles, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) {
      rows.add(ClaimcheckRows.articleInput(a));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark().sparkContext());
    return spark().createDataFrame(jsc.parallelize(rows, partitions), ClaimcheckRows.ARTICLE_INPUT);
  }

  static List<Claim> claims(Dataset<Row> rows) {
    List<Claim> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(ClaimcheckRows.claim(r));
    }
    return out;
  }

  static List<Finding> findings(List<Row> rows) {
    List<Finding> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(ClaimcheckRows.finding(r));
    }
    return out;
  }

  /**
   * The findings without their most likely values: the Spark job reconciles by key and by
   * article, and likely values are estimated over all claims at once, so its findings carry none.
   */
  static List<Finding> withoutLikely(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(Finding.of(f.rule(), f.verdict(), f.predicate(), f.subject(), f.claimIds(),
          f.explanation()));
    }
    return out;
  }

  static List<Problem> problems(Dataset<Row> rows) {
    List<Problem> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(ClaimcheckRows.problem(r));
    }
    return out;
  }

  /**
   * Asserts that Spark's articles, claims, findings (with the claims they cite) and problems are
   * those of the report: the same ids, values, verdicts, explanations and cited claims.
   */
  static void assertSameAsReport(Dataset<Row> articles, Dataset<Row> claims,
      List<Row> findingRows, Dataset<Row> problems, Report report) {
    // Claims, in the report's order (article order, then text order).
    Map<String, Integer> order = new HashMap<>();
    for (Claim c : report.claims()) {
      order.put(c.id(), order.size());
    }
    List<Claim> sparkClaims = claims(claims);
    sparkClaims.sort(Comparator.comparing(c -> order.getOrDefault(c.id(), -1)));
    assertThat(sparkClaims).isEqualTo(report.claims());

    assertThat(findings(findingRows)).containsExactlyInAnyOrderElementsOf(withoutLikely(report.findings()));
    for (Row row : findingRows) {
      List<Claim> expected = new ArrayList<>();
      for (String id : ClaimcheckRows.finding(row).claimIds()) {
        expected.add(report.claim(id).orElseThrow());
      }
      assertThat(ClaimcheckRows.citedClaims(row)).isEqualTo(expected);
    }

    List<Row> expectedArticles = new ArrayList<>();
    for (ArticleInfo info : report.articles()) {
      expectedArticles.add(ClaimcheckRows.article(info, report.claimsOf(info.id()).size()));
    }
    assertThat(articles.collectAsList()).containsExactlyInAnyOrderElementsOf(expectedArticles);
    assertThat(problems(problems)).containsExactlyInAnyOrderElementsOf(report.problems());
  }
}
