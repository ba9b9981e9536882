package io.github.claimcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.render.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of the demo corpus, rendered directly and through the command. */
class HtmlReportCommandTest {

  @TempDir Path dir;

  private static final Report DEMO =
      ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build().check(DemoCorpus.load());

  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    return ClaimcheckCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void theDemoCorpusRendersToOneSelfContainedPageWithAChartPerDisputedFinding() {
    int disputed = DEMO.findings(Verdict.CONFLICT).size() + DEMO.findings(Verdict.EXPLAINED).size();
    assertThat(disputed).as("the demo corpus has disputes to draw").isGreaterThanOrEqualTo(2);

    Document doc = parse(HtmlReport.render(DEMO));
    assertThat(doc.select("[src], link, img, iframe")).isEmpty();
    assertThat(doc.select("[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    assertThat(doc.select("svg")).hasSize(disputed);
    assertThat(doc.select("article.finding")).hasSize(DEMO.findings().size());
    for (Element svg : doc.select("svg")) {
      assertThat(svg.parents().select("article.finding").first().hasClass("agreement")).isFalse();
    }
    for (Finding f : DEMO.findings()) {
      if (f.verdict() != Verdict.AGREEMENT) {
        assertThat(doc.select("article.finding:has(svg) code").eachText()).containsAll(f.claimIds());
      }
    }
    String text = doc.text();
    for (Claim c : DEMO.claims()) {
      assertThat(text).contains(c.id());
    }
    assertThat(doc.select("details.article")).hasSize(DEMO.articles().size());
    assertThat(doc.select("mark")).hasSizeGreaterThanOrEqualTo(DEMO.claims().size());
  }

  @Test
  void formatHtmlWritesThePageToStandardOutput() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = run(out, err, "--format", "html", "--today", "2026-01-01");
    assertThat(status).isZero();
    assertThat(out.toString()).isEqualTo(HtmlReport.render(DEMO));
  }

  @Test
  void htmlFileIsWrittenBesideTheNormalOutput() throws IOException {
    Path file = dir.resolve("report.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = run(out, err, "--no-color", "--html", file.toString(), "--today", "2026-01-01");
    assertThat(status).isZero();
    assertThat(out.toString()).startsWith(DEMO.articles().size() + " articles").contains("Claims by article")
        .doesNotContain("\u001b").doesNotContain("<html");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(DEMO));
  }

  @Test
  void anUnwritableHtmlFileIsReportedWithStatusOne() {
    Path file = dir.resolve("no-such-folder").resolve("report.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = run(out, err, "--format", "json", "--html", file.toString());
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("cannot write").contains("report.html");
    assertThat(out.toString()).contains("claimcheck-report/1");
  }

  @Test
  void textIsNotColouredWithoutATerminal() {
    assertThat(ClaimcheckCommand.isTerminal(null)).isFalse();
    StringWriter out = new StringWriter();
    assertThat(run(out, new StringWriter())).isZero();
    assertThat(out.toString()).doesNotContain("\u001b");
  }
}
