package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Report;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Every renderer shows the most likely value of each conflict and the sources' reliability. */
class LikelyRenderTest {

  private static final Report REPORT = Fixtures.withLikely();

  @Test
  void textGivesTheLikelyValueUnderTheExplanationAndATableOfSources() {
    String text = TextReport.plain().render(REPORT);
    assertThat(text).doesNotContain("\u001b");
    String first = text.substring(text.indexOf("1. CONFLICT"), text.indexOf("2. CONFLICT"));
    assertThat(first).contains("   Sources disagree: 120 vs more than 130 and 131.\n"
        + "   Most likely: 131 people (confidence 0.8). 131 has the most support: 2 <b>independent</b>"
        + " sources\n   (Warta <B> & Co, no-outlet) vs 120: 1 (Harian | Satu \u241b[2J).\n");
    assertThat(text).contains("Most likely: 1,000–50,000 rounds (confidence 0.5). A tie:")
        .contains("Most likely: 2024-06-19 (confidence 0.622).");
    String sources = text.substring(text.indexOf("\nSources\n"), text.indexOf("Claims by article"));
    assertThat(sources.lines()).contains(
        "  source              kind    reliability  claims  agreed  disagreed",
        "  Harian | Satu ␛[2J  outlet  0.412        3       1       2",
        "  kata *polisi* <i>   origin  0.6          1       0       1",
        "  Warta <B> & Co      outlet  0.875        3       3       0");
    assertThat(text.indexOf("AGREEMENT")).isLessThan(text.indexOf("\nSources\n"));
  }

  @Test
  void colourMarksTheLikelyLabelAndKeepsTheInputsControlsOut() {
    String text = TextReport.colored().render(REPORT);
    assertThat(text).contains("\u001b[1mMost likely:\u001b[0m 131 people");
    assertThat(text).doesNotContain("\u001b[2J");
  }

  @Test
  void noLikelyValueNoSourcesNoSection() {
    String text = TextReport.plain().render(Fixtures.report());
    assertThat(text).doesNotContain("Most likely").doesNotContain("\nSources\n");
    assertThat(MarkdownReport.render(Fixtures.report())).doesNotContain("## Sources")
        .doesNotContain("Most likely");
    assertThat(HtmlReport.render(Fixtures.report())).doesNotContain("id=\"sources\"")
        .doesNotContain("class=\"likely-line\"").doesNotContain("<p class=\"likely\">");
  }

  @Test
  void markdownGivesTheLikelyValueInBoldAndEscapesTheReasonAndSourceNames() {
    String md = MarkdownReport.render(REPORT);
    assertThat(md).contains("**Most likely: 131 people (confidence 0.8).** 131 has the most support:"
        + " 2 \\<b\\>independent\\</b\\> sources (Warta \\<B\\> \\& Co, no-outlet) vs 120: 1 (Harian"
        + " \\| Satu \u241b\\[2J).\n");
    assertThat(md).contains("A tie: \\*both\\* have the same support");
    assertThat(md).contains("## Sources\n\nReliability from 0 to 1")
        .contains("| source | kind | reliability | claims | agreed | disagreed |\n|---|---|---|---|---|---|\n"
            + "| Harian \\| Satu \u241b\\[2J | outlet | 0.412 | 3 | 1 | 2 |\n"
            + "| kata \\*polisi\\* \\<i\\> | origin | 0.6 | 1 | 0 | 1 |\n");
    assertThat(md).doesNotContain("\u001b");
  }

  @Test
  void htmlMarksTheLikelyValueOnTheChartAndListsTheSources() {
    String html = HtmlReport.render(REPORT);
    HtmlReportTest.assertWellFormedReport(REPORT, html);
    assertThat(html).doesNotContain("\u001b").doesNotContain("<b>independent</b>")
        .doesNotContain("<i>");
    Document doc = HtmlReportTest.parse(html);
    Elements cards = doc.select("article.finding.conflict");
    assertThat(cards).hasSize(3);
    for (Element card : cards) {
      assertThat(card.select("p.likely")).hasSize(1);
      assertThat(card.select("svg g.likely")).hasSize(1);
      assertThat(card.select("svg g.likely text.likely-label").text()).startsWith("most likely ");
    }
    Element killed = cards.stream().filter(c -> c.text().contains("Most likely: 131")).findFirst()
        .orElseThrow();
    assertThat(killed.select("p.likely").text()).isEqualTo("Most likely: 131 people confidence 0.8"
        + " 131 has the most support: 2 <b>independent</b> sources (Warta <B> & Co, no-outlet) vs"
        + " 120: 1 (Harian | Satu \u241b[2J).");
    assertThat(killed.select("svg g.likely line.likely-line")).hasSize(1); // a figure: a line
    assertThat(killed.select("li:has(span.likely-tag)").eachText())
        .allMatch(t -> t.contains("amp-news#1") || t.contains("no-outlet#1")).hasSize(2);
    Element shipped = cards.stream().filter(c -> c.text().contains("Most likely: 1,000–50,000"))
        .findFirst().orElseThrow();
    assertThat(shipped.select("svg g.likely rect.likely-band")).hasSize(1); // a range: a band
    assertThat(cards.select("figcaption").text()).contains("marks the most likely value");

    Element sources = doc.getElementById("sources");
    assertThat(sources).isNotNull();
    assertThat(sources.select("tbody tr")).hasSize(3);
    assertThat(sources.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("Harian | Satu \u241b[2J", "outlet", "0.412", "3", "1", "2");
    assertThat(sources.select("tbody tr").get(0).select(".meter span").attr("style"))
        .isEqualTo("width:41%");
  }

  @Test
  void theChartWithALikelyValueIsWellFormedSvgWithRoomForItsLabel() {
    Chart.Plan plan = Chart.plan(Fixtures.withLikely().claims().subList(0, 3)).orElseThrow();
    String plain = Chart.svg(plan, c -> c.articleId(), c -> "d", "t");
    String marked = Chart.svg(plan, c -> c.articleId(), c -> "d", "t",
        io.github.claimcheck.model.Quantity.exact(131));
    Parser parser = Parser.xmlParser().setTrackErrors(10);
    Document doc = Jsoup.parse(marked, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    assertThat(doc.select("g.likely")).hasSize(1);
    assertThat(height(marked)).isEqualTo(height(plain) + 18);
    // a date on a number line is not drawn
    assertThat(Chart.svg(plan, c -> c.articleId(), c -> "d", "t",
        io.github.claimcheck.model.DateValue.day(Fixtures.OCT_2))).isEqualTo(plain);
  }

  private static int height(String svg) {
    String box = svg.substring(svg.indexOf("viewBox=\"") + 9);
    return Integer.parseInt(box.substring(0, box.indexOf('"')).split(" ")[3]);
  }
}
