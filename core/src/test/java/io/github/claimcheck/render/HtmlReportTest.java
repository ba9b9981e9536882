package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final Report REPORT = Fixtures.report();

  /** Parses the page, failing on any HTML5 parse error (bad nesting, stray end tags). */
  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  /** The structure every rendered report must have, whatever its content. */
  static void assertWellFormedReport(Report report, String html) {
    assertThat(html).startsWith("<!DOCTYPE html>");
    Document doc = parse(html);
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");

    // self-contained: nothing loaded, every link stays in the page and points at something
    assertThat(doc.select("[src], link, iframe, object, embed, img")).isEmpty();
    for (Element a : doc.select("[href]")) {
      String href = a.attr("href");
      assertThat(href).as("link").startsWith("#");
      assertThat(doc.getElementById(href.substring(1))).as("target of " + href).isNotNull();
    }
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");

    // every finding, conflicts first; one chart per conflict or explained finding, none elsewhere
    Elements findings = doc.select("article.finding");
    assertThat(findings).hasSize(report.findings().size());
    List<Verdict> order = findings.stream()
        .map(e -> Verdict.valueOf(e.className().replace("finding ", "").toUpperCase()))
        .collect(Collectors.toList());
    assertThat(order).isSortedAccordingTo(Enum::compareTo);
    int disputed = report.findings(Verdict.CONFLICT).size() + report.findings(Verdict.EXPLAINED).size();
    assertThat(doc.select("svg")).hasSize(disputed);
    for (Element f : findings) {
      boolean chart = !f.hasClass("agreement");
      assertThat(f.select("> figure > svg")).as(f.id()).hasSize(chart ? 1 : 0);
      assertThat(f.select("ul.evidence > li")).hasSizeGreaterThanOrEqualTo(1);
    }
    for (Finding f : report.findings()) {
      Element card = findings.stream()
          .filter(e -> e.select("h3").text().endsWith(f.predicate() + " / " + f.subject())
              && e.select("p.explanation").text().startsWith(f.explanation()))
          .findFirst().orElseThrow(() -> new AssertionError("finding missing: " + f));
      if (f.verdict() != Verdict.AGREEMENT) {
        assertThat(card.select("svg g.row")).hasSize(f.claimIds().size());
      }
      assertThat(card.select("code").eachText()).containsAll(f.claimIds());
    }

    // every article folded with a table of its claims; every claim in a row of its own
    assertThat(doc.select("details.article")).hasSize(report.articles().size());
    String text = doc.text();
    for (Claim c : report.claims()) {
      assertThat(text).contains(c.id());
      Element row = doc.select("tr:has(td > code)").stream()
          .filter(tr -> tr.child(0).text().equals(c.id())).findFirst()
          .orElseThrow(() -> new AssertionError("no row for " + c.id()));
      assertThat(row.parents().select("details.article").first().id()).startsWith("article-");
    }
  }

  @Test
  void rendersAWellFormedSelfContainedPage() {
    assertWellFormedReport(REPORT, HtmlReport.render(REPORT));
  }

  @Test
  void escapesEveryTextAndMarksTheFigures() {
    Document doc = parse(HtmlReport.render(REPORT));
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("script").html()).doesNotContain("alert");
    assertThat(doc.text()).contains("<script>alert(1)</script> Lebih dari 130 orang tewas.")
        .contains("Warta <B> & Co").contains("not valid JSON: <broken>");
    assertThat(doc.select("mark").eachText()).contains("menewaskan 120 orang", "Lebih dari 130 orang tewas",
        "131 orang", "signed on June 19");
    assertThat(doc.select("svg text.label").eachText()).contains("Harian | Satu 2025-10-02");
  }

  @Test
  void chartsUseALogScaleForWideValuesATimelineForDatesAndColourByCluster() {
    Document doc = parse(HtmlReport.render(REPORT));
    Element ammunition = card(doc, "shipped / ammunition");
    assertThat(ammunition.select("figcaption").text()).contains("Logarithmic");
    assertThat(ammunition.select("text.tick-label").eachText()).contains("1,000", "10k", "1M");

    Element killed = card(doc, "killed / people");
    assertThat(killed.select("figcaption").text()).contains("Linear");
    // 120 stands alone; more than 130 and 131 overlap and share the second colour
    assertThat(fills(killed)).containsExactly(Chart.color(0), Chart.color(1), Chart.color(1));

    Element treaty = card(doc, "signed / treaty");
    assertThat(treaty.select("figcaption").text()).contains("Timeline");
    assertThat(treaty.select("text.tick-label").eachText()).anyMatch(t -> t.endsWith("Jun 2024"));
    assertThat(fills(treaty)).doesNotHaveDuplicates();
  }

  private static Element card(Document doc, String title) {
    return doc.select("article.finding").stream()
        .filter(e -> e.select("h3").text().endsWith(title)).findFirst().orElseThrow();
  }

  /** The colour of each row's first mark, in row order. */
  private static List<String> fills(Element card) {
    return card.select("g.row").stream()
        .map(g -> {
          Element mark = g.select("circle, rect").first();
          return mark.hasAttr("stroke") && "#fff".equals(mark.attr("fill"))
              ? mark.attr("stroke") : mark.attr("fill");
        })
        .collect(Collectors.toList());
  }

  @Test
  void theClaimTableShowsEachClaimsEvent() {
    Document doc = Jsoup.parse(HtmlReport.render(Fixtures.withEvents()));
    List<String> headers = doc.select("table.claims th").eachText();
    int event = headers.indexOf("event");
    assertThat(event).isEqualTo(headers.indexOf("when") + 1);
    assertThat(doc.select("table.claims tbody tr"))
        .extracting(row -> row.select("td").get(event).text())
        .containsExactly("flood:garut", "");
  }

  @Test
  void anEmptyReportIsStillAPage() {
    Report empty = Report.of(List.of(), List.of(), List.of(), List.of());
    String html = HtmlReport.render(empty);
    assertWellFormedReport(empty, html);
    assertThat(parse(html).text()).contains("0 articles");
  }
}
