package io.github.claimcheck.spark;

import static io.github.claimcheck.spark.SparkTests.TODAY;
import static io.github.claimcheck.spark.SparkTests.articles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.reconcile.ClaimSetRule;
import io.github.claimcheck.reconcile.RuleContext;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.reconcile.Rules;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reconciling claims on their own, and rules that fail or cannot be split. */
class ReconcileSparkIT {

  private static final Report DEMO = ClaimChecker.builder().today(TODAY).build()
      .check(ArticleReader.standard().read(List.of(SparkTests.DEMO)));

  private static Dataset<Row> demoArticles() {
    return articles(ArticleReader.standard().read(List.of(SparkTests.DEMO)).articles(), 2);
  }

  @Test
  void claimsWrittenAndReadBackReconcileToTheReportsFindings(@TempDir Path dir) {
    ClaimcheckSpark spark = ClaimcheckSpark.builder().today(TODAY).build();
    String path = dir.resolve("claims").toString();
    spark.extract(demoArticles()).write().json(path);
    Dataset<Row> claims = SparkTests.spark().read().schema(ClaimcheckRows.CLAIM).json(path);
    List<Row> findings = spark.reconcile(claims).collectAsList();
    assertThat(SparkTests.findings(findings)).containsExactlyInAnyOrderElementsOf(SparkTests.withoutLikely(DEMO.findings()));
    for (Row f : findings) {
      assertThat(ClaimcheckRows.citedClaims(f)).extracting(Claim::id)
          .isEqualTo(ClaimcheckRows.finding(f).claimIds());
    }
  }

  /** Every rule set of the demo, with one more rule that fails on figures of people killed. */
  private static CheckerSetup failing() {
    return b -> b.ruleSet(RuleSet.defaults().with(Rules.forPredicate("killed")
        .rule("boom", (group, ctx) -> {
          throw new IllegalStateException("no figures today");
        })));
  }

  @Test
  void aRuleThatFailsIsAProblemOfTheCheckAsInOneJvmAndFailsAPlainReconcile() {
    Report report = failing().configure(ClaimChecker.builder().today(TODAY)).build()
        .check(ArticleReader.standard().read(List.of(SparkTests.DEMO)));
    assertThat(report.problems()).extracting(Problem::source).contains("rule boom");
    ClaimcheckSpark spark = ClaimcheckSpark.builder().today(TODAY).setup(failing()).build();
    SparkCheck check = spark.check(demoArticles());
    try {
      assertThat(SparkTests.problems(check.problems()))
          .containsExactlyInAnyOrderElementsOf(report.problems());
      assertThat(SparkTests.findings(check.findings().collectAsList()))
          .containsExactlyInAnyOrderElementsOf(SparkTests.withoutLikely(report.findings()));
      assertThatThrownBy(() -> spark.reconcile(check.claims()).collectAsList())
          .hasStackTraceContaining("rule 'boom' failed")
          .hasStackTraceContaining("no figures today");
    } finally {
      check.unpersist();
    }
  }

  /** A claim-set rule that is not splittable: it needs every claim at once. */
  static final class CountAll implements ClaimSetRule {
    @Override
    public String name() {
      return "count-all";
    }

    @Override
    public List<Finding> evaluateAll(List<Claim> claims, RuleContext context) {
      return List.of();
    }
  }

  @Test
  void aRuleThatNeedsAllClaimsAtOnceFailsTheJobSayingSo() {
    ClaimcheckSpark spark = ClaimcheckSpark.builder().today(TODAY)
        .setup(b -> b.ruleSet(RuleSet.defaults().with(new CountAll()))).build();
    assertThatThrownBy(() -> spark.reconcile(spark.extract(demoArticles())).count())
        .hasStackTraceContaining("rule 'count-all' needs all claims at once (a ClaimSetRule that"
            + " is not a SplittableRule)");
  }
}
