package io.github.claimcheck.spark;

import static io.github.claimcheck.spark.SparkTests.TODAY;
import static io.github.claimcheck.spark.SparkTests.articles;
import static io.github.claimcheck.spark.SparkTests.assertSameAsReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  static Report oneJvm() {
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
}
