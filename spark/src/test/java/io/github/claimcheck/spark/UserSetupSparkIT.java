package io.github.claimcheck.spark;

import static io.github.claimcheck.spark.SparkTests.TODAY;
import static io.github.claimcheck.spark.SparkTests.articles;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's setup given as a lambda and a folder, and to the job by class name and folder: applied
 * on the executors as in one JVM (the {@link UserSetupTest} articles).
 */
class UserSetupSparkIT {

  private static final List<Article> FLOOD = UserSetupTest.FLOOD;

  private static Report oneJvm() {
    return UserSetupTest.oneJvm();
  }

  @Test
  void aSetupCanBeALambdaAndAFolder() {
    Report report = oneJvm();
    CheckerSetup setup = CheckerSetup.languagePack(FloodDeskSetup.PACK.toString())
        .andThen(b -> b.ruleSet(FloodDeskSetup.rules()));
    SparkCheck check = ClaimcheckSpark.builder().today(TODAY).setup(setup).build()
        .check(articles(FLOOD, 2));
    try {
      assertThat(SparkTests.findings(check.findings().collectAsList()))
          .containsExactlyInAnyOrderElementsOf(SparkTests.withoutLikely(report.findings()));
    } finally {
      check.unpersist();
    }
  }

  @Test
  void theJobTakesASetupClassAndALanguagePackFolder(@TempDir Path dir) throws IOException {
    Report report = oneJvm();
    Path input = dir.resolve("flood.jsonl");
    List<String> lines = new ArrayList<>();
    for (Article a : FLOOD) {
      lines.add("{\"id\": \"" + a.id() + "\", \"text\": \"" + a.text() + "\", \"source\": \""
          + a.source().orElseThrow() + "\", \"published\": \"2025-03-04\", \"story\": \""
          + a.story().orElseThrow() + "\"}");
    }
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    int status = ClaimcheckSparkJob.run("--input", input.toString(), "--output", out.toString(),
        "--today", TODAY.toString(), "--setup", FloodDeskSetup.RulesOnly.class.getName(),
        "--language-pack", FloodDeskSetup.PACK.toString());
    assertThat(status).isZero();
    List<Row> findings = SparkTests.spark().read().schema(ClaimcheckRows.FINDING)
        .json(out.resolve("findings").toString()).collectAsList();
    assertThat(SparkTests.findings(findings))
        .containsExactlyInAnyOrderElementsOf(SparkTests.withoutLikely(report.findings()))
        .extracting(Finding::rule).contains(FloodDeskSetup.RULE);
  }
}
