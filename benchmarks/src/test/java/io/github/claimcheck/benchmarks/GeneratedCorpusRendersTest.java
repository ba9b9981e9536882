package io.github.claimcheck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.render.HtmlReport;
import io.github.claimcheck.render.MarkdownReport;
import io.github.claimcheck.render.TextReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 2: the HTML report of the generated corpus's first 200 articles threw a
 * NullPointerException in its chart of an "up to" figure on an axis starting at 0.
 */
class GeneratedCorpusRendersTest {

  @Test
  void everyRendererRendersTheFirst200GeneratedArticles() {
    Report report = ClaimChecker.builder().today(LocalDate.of(2026, 11, 21)).build()
        .check(CorpusGenerator.standard().articles(200));
    assertThat(report.findings()).isNotEmpty();

    String html = HtmlReport.render(report);
    assertThat(html).contains("<svg class=\"chart\"").endsWith("</html>\n");
    assertThat(MarkdownReport.render(report)).contains("## Findings");
    assertThat(TextReport.plain().render(report)).contains("Findings");
  }
}
