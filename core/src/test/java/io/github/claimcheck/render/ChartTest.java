package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ChartTest {

  private static Interval closed(long lo, long hi) {
    return Interval.closed(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
  }

  @Test
  void overlappingValuesShareAClusterNumberedFromTheLowest() {
    Interval above130 = Interval.greaterThan(BigDecimal.valueOf(130));
    int[] c = Chart.clusters(List.of(closed(131, 131), closed(120, 120), above130));
    assertThat(c).containsExactly(1, 0, 1);
  }

  @Test
  void overlapIsTransitive() {
    assertThat(Chart.clusters(List.of(closed(1, 5), closed(7, 9), closed(4, 8), closed(20, 30))))
        .containsExactly(0, 0, 0, 1);
  }

  private static Claim claim(String id, io.github.claimcheck.model.Value v) {
    return Fixtures.claim(id, "p", "s", v, null, "x 1 y", "1");
  }

  private static Document svg(Chart.Plan plan) {
    String svg = Chart.svg(plan, Claim::articleId, c -> "2025-10-02", "t");
    Parser parser = Parser.xmlParser().setTrackErrors(10);
    Document doc = Jsoup.parse(svg, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    return doc;
  }

  @Test
  void oneSidedBoundsBecomeBarsWithAnArrowTowardsTheOpenSide() {
    Chart.Plan plan = Chart.plan(List.of(
        claim("a#1", Quantity.exact(120)),
        claim("b#1", Quantity.greaterThan(130)),
        claim("c#1", Quantity.atMost(125)))).orElseThrow();
    assertThat(plan.dates()).isFalse();
    assertThat(plan.marks().get(1).high()).isNull();
    assertThat(plan.marks().get(2).low()).isNull();
    Document doc = svg(plan);
    assertThat(doc.select("g.row")).hasSize(3);
    assertThat(doc.select("g.row").get(0).select("rect")).isEmpty();
    assertThat(doc.select("g.row").get(1).select("rect, polygon")).hasSize(2);
    assertThat(doc.select("g.row").get(2).select("rect, polygon")).hasSize(2);
    assertThat(doc.select("text.value").eachText()).containsExactly("120", ">130", "≤125");
    // the exact value, the open end at 130 and the closed end at 125 are circles
    assertThat(doc.select("circle")).hasSize(3);
  }

  @Test
  void datesMakeATimelineWithDateTicks() {
    Chart.Plan plan = Chart.plan(List.of(
        claim("a#1", DateValue.day(LocalDate.of(2024, 6, 19))),
        claim("b#1", DateValue.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30),
            Granularity.MONTH)))).orElseThrow();
    assertThat(plan.dates()).isTrue();
    assertThat(plan.clusters()).containsExactly(0, 0);
    Document doc = svg(plan);
    assertThat(doc.select("g.row").get(0).select("circle")).hasSize(1);
    assertThat(doc.select("g.row").get(1).select("rect")).hasSize(1);
    assertThat(doc.select("text.tick-label").eachText()).allMatch(t -> t.contains("Jun 2024")
        || t.contains("Jul 2024") || t.contains("May 2024"));
  }

  @Test
  void anUpToFigureOnAnAxisFromZeroIsABarFromZero() {
    // issue 18: "less than 40" next to 5 and 12 (axis from 0) threw a NullPointerException
    Chart.Plan plan = Chart.plan(List.of(
        claim("a#1", Quantity.exact(5)),
        claim("b#1", Quantity.lessThan(40)),
        claim("c#1", Quantity.exact(12)))).orElseThrow();
    assertThat(Chart.scale(plan).start()).isEqualTo(0);
    Document doc = svg(plan);
    assertThat(doc.select("g.row").get(1).select("rect")).singleElement()
        .satisfies(r -> assertThat(r.attr("x")).isEqualTo("280"));
    assertThat(doc.select("g.row").get(1).select("polygon")).isEmpty(); // no arrow: starts at 0
    assertThat(doc.select("text.value").eachText()).containsExactly("5", "<40", "12");
  }

  @Test
  void aLessThanZeroFigureAndAnUpToFigureAloneAreDrawnToo() {
    Document doc = svg(Chart.plan(List.of(claim("a#1", Quantity.lessThan(0)),
        claim("b#1", Quantity.atMost(3)))).orElseThrow());
    assertThat(doc.select("g.row")).hasSize(2);
    assertThat(doc.select("g.row").get(0).select("polygon")).hasSize(1); // open towards -∞
  }

  @Test
  void figuresBeyondTheRangeOfDoublesAndTinyFiguresAreDrawnAtTheEdge() {
    // 26 stacked "triliun": 10^312, beyond Double.MAX_VALUE
    BigDecimal huge = BigDecimal.TEN.pow(312);
    Document doc = svg(Chart.plan(List.of(claim("a#1", Quantity.exact(120)),
        claim("b#1", Quantity.exact(huge)), claim("c#1", Quantity.atLeast(huge)),
        claim("d#1", Quantity.exact(new BigDecimal("1e-400"))))).orElseThrow());
    assertThat(doc.select("g.row")).hasSize(4);
    assertThat(doc.outerHtml()).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(doc.select("text.tick-label").size()).isBetween(2, 12);
    assertThat(doc.select("text.value").get(1).text()).startsWith("1,000,000,000,000,000");
    assertThat(Scale.label(1e300)).isEqualTo("1E+300");
    assertThat(Scale.label(2.5e15)).isEqualTo("2.5E+15");
  }

  @Test
  void tinyEqualValuesAndDatesAtTheEndsOfTimeGiveAnAxis() {
    Document tiny = svg(Chart.plan(List.of(claim("a#1", Quantity.exact(new BigDecimal("1e-320"))),
        claim("b#1", Quantity.exact(new BigDecimal("1e-320"))))).orElseThrow());
    assertThat(tiny.outerHtml()).doesNotContain("NaN");
    Document dates = svg(Chart.plan(List.of(claim("a#1", DateValue.day(LocalDate.MIN)),
        claim("b#1", DateValue.day(LocalDate.MAX)))).orElseThrow());
    assertThat(dates.select("g.row")).hasSize(2);
  }

  @Test
  void claimsWithoutAQuantityOrDateAreLeftOut() {
    assertThat(Chart.plan(List.of())).isEmpty();
  }
}
