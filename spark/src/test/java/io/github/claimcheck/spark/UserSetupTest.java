package io.github.claimcheck.spark;

import static io.github.claimcheck.spark.SparkTests.TODAY;
import static io.github.claimcheck.spark.SparkTests.articles;
import static io.github.claimcheck.spark.SparkTests.assertSameAsReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's language pack and rule reach the executors and act there as in one JVM. */
class UserSetupTest {

  /** Three outlets count the houses a flood damaged, each differently. */
  static final List<Article> FLOOD = List.of(
      Article.builder("f1", "SUKAMAJU - Banjir melanda Kecamatan Sukamaju sejak Minggu malam."
              + " Sebanyak 320 rumah rusak, kata kepala desa kepada wartawan.")
          .source("Harian Satu").published(LocalDate.of(2025, 3, 4)).story("banjir-sukamaju")
          .build(),
      Article.builder("f2", "Petugas mencatat 410 rumah rusak akibat banjir di Sukamaju hingga"
              + " Senin sore.")
          .source("Warta Dua").published(LocalDate.of(2025, 3, 4)).story("banjir-sukamaju")
          .build(),
      Article.builder("f3", "Floods in Sukamaju left 500 homes damaged, village officials said.")
          .source("Daily Three").published(LocalDate.of(2025, 3, 4)).story("banjir-sukamaju")
          .build());

  private static Report oneJvm() {
    Report report = new FloodDeskSetup().configure(ClaimChecker.builder().today(TODAY)).build()
        .check(FLOOD);
    // What the pack and the rule add: claims of damaged houses, and the rule's finding on them.
    assertThat(report.claims()).filteredOn(c -> c.predicate().equals("damaged")).hasSize(3);
    assertThat(report.findings()).extracting(Finding::rule).contains(FloodDeskSetup.RULE);
    return report;
  }

  @Test
  void aUsersPackAndRuleWorkOnTheExecutorsAsInOneJvmWithOneCheckerPerJvm() {
    Report report = oneJvm();
    FloodDeskSetup.CONFIGURED.set(0);
    SparkCheck check = ClaimcheckSpark.builder().today(TODAY).setup(new FloodDeskSetup()).build()
        .check(articles(FLOOD, 3));
    try {
      assertSameAsReport(check.articles(), check.claims(), check.findings().collectAsList(),
          check.problems(), report);
      // Three partitions on two executor threads of this JVM: one checker, built once.
      assertThat(FloodDeskSetup.CONFIGURED).hasValue(1);
    } finally {
      check.unpersist();
    }
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
          .containsExactlyInAnyOrderElementsOf(report.findings());
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
        .containsExactlyInAnyOrderElementsOf(report.findings())
        .extracting(Finding::rule).contains(FloodDeskSetup.RULE);
  }
}
