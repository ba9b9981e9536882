package io.github.claimcheck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's parallel extraction gives the same report as one thread. */
class ParallelCheckTest {

  @Test
  void fourThreadsReportExactlyWhatOneThreadReports() {
    List<Article> corpus = CorpusGenerator.standard().articles(150);
    LocalDate today = LocalDate.of(2026, 11, 21);
    Report one = ClaimChecker.builder().today(today).parallelism(1).build().check(corpus);
    Report four = ClaimChecker.builder().today(today).parallelism(4).build().check(corpus);
    assertThat(one.claims()).hasSizeGreaterThan(1000);
    assertThat(four.claims()).isEqualTo(one.claims());
    assertThat(four.findings()).isEqualTo(one.findings());
    assertThat(ReportJson.toJson(four)).isEqualTo(ReportJson.toJson(one));
  }
}
