package io.github.claimcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Report sample() {
    Article article = Article.of("a1", "Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara.");
    ArticleInfo info = ArticleInfo.of(article, Language.INDONESIAN, true, LocalDate.of(2025, 3, 22), ArticleInfo.DateBasis.DATELINE, "Sabtu (22/3/2025)");
    Claim range =
        Claim.builder()
            .id("a1#1")
            .articleId("a1")
            .predicate("deployed")
            .subject("north_korea:soldiers")
            .value(Quantity.range(10_000, 12_000).hedged())
            .unit("soldiers")
            .when(DateValue.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30), Granularity.SEASON))
            .whenText("musim gugur tahun lalu")
            .attribution("pejabat intelijen AS")
            .span(Span.of(20, 57))
            .sentence(Span.of(0, 58), article.text())
            .build();
    Claim atLeast =
        range.toBuilder().id("a1#2").value(Quantity.greaterThan(new BigDecimal("10000000000000000000000")))
            .when(null).whenText(null).attribution(null).flag(ClaimFlag.ADDITION)
            .scope(Scope.status("luka_berat", "luka berat"))
            .clock(ClockTime.of(LocalTime.of(17, 0), ZoneOffset.ofHours(7)), "pukul 17.00 WIB")
            .companion("wounded", Quantity.exact(745))
            .build();
    Claim date =
        range.toBuilder().id("a1#3").predicate("signed").subject("treaty")
            .value(DateValue.day(LocalDate.of(2024, 6, 19))).unit(null).when(null).build();
    Claim atMost = range.toBuilder().id("a1#4").value(Quantity.atMost(9_000_000)).build();
    Finding f = Finding.of("agreement", Verdict.AGREEMENT, "deployed", "north_korea:soldiers", List.of("a1#1", "a1#2"), "They agree.");
    Finding disputed = Finding.of("value-conflict", Verdict.CONFLICT, "deployed", "north_korea:soldiers", List.of("a1#1", "a1#4"), "They differ.")
        .withLikely(new Likely(range.value(), List.of("a1#1"), 2, 2 / 3.0, "Two against one."));
    List<SourceReliability> sources = List.of(
        new SourceReliability("a1", SourceReliability.Kind.OUTLET, 0.8, 4, 1, 1),
        new SourceReliability("pejabat intelijen AS", SourceReliability.Kind.ORIGIN, 0.7254, 3, 2, 0));
    return Report.of(List.of(info), List.of(range, atLeast, date, atMost), List.of(disputed, f), List.of(Problem.at("feed.jsonl", 2, "not valid JSON")), sources);
  }

  @Test
  void writesTheReportSchema() throws Exception {
    JsonNode root = JSON.readTree(ReportJson.toJson(sample()));
    assertThat(root.get("schema").asText()).isEqualTo("claimcheck-report/1");
    assertThat(root.fieldNames()).toIterable()
        .containsExactly("schema", "articles", "claims", "findings", "problems", "sources");

    JsonNode a = root.get("articles").get(0);
    assertThat(a.get("id").asText()).isEqualTo("a1");
    assertThat(a.get("source").isNull()).isTrue();
    assertThat(a.get("published").asText()).isEqualTo("2025-03-22");
    assertThat(a.get("publishedInferred").asBoolean()).isTrue();
    assertThat(a.get("publishedBasis").asText()).isEqualTo("dateline");
    assertThat(a.get("language").asText()).isEqualTo("id");

    JsonNode c = root.get("claims").get(0);
    assertThat(c.fieldNames()).toIterable()
        .contains("id", "article", "predicate", "subject", "value", "unit", "when", "attribution", "span", "text");
    assertThat(c.get("article").asText()).isEqualTo("a1");
    assertThat(c.get("value").get("kind").asText()).isEqualTo("range");
    assertThat(c.get("value").get("low").isNumber()).isTrue();
    assertThat(c.get("value").get("low").asLong()).isEqualTo(10_000);
    assertThat(c.get("value").get("high").asLong()).isEqualTo(12_000);
    assertThat(c.get("when").get("start").asText()).isEqualTo("2024-09-01");
    assertThat(c.get("when").get("end").asText()).isEqualTo("2024-11-30");
    assertThat(c.get("span").get("start").asInt()).isEqualTo(20);
    assertThat(c.get("span").get("end").asInt()).isEqualTo(57);
    assertThat(c.get("text").asText()).startsWith("Korea Utara");

    JsonNode big = root.get("claims").get(1);
    assertThat(big.get("value").get("kind").asText()).isEqualTo("at_least");
    assertThat(big.get("value").get("high").isNull()).isTrue();
    assertThat(big.get("value").get("low").decimalValue()).isEqualByComparingTo("10000000000000000000000");
    assertThat(big.get("when").isNull()).isTrue();
    assertThat(big.get("attribution").isNull()).isTrue();
    assertThat(big.get("flags").get(0).asText()).isEqualTo("addition");
    assertThat(big.get("scope").get("kind").asText()).isEqualTo("status");
    assertThat(big.get("scope").get("key").asText()).isEqualTo("luka_berat");
    assertThat(big.get("scope").get("text").asText()).isEqualTo("luka berat");
    assertThat(big.get("clock").get("time").asText()).isEqualTo("17:00");
    assertThat(big.get("clock").get("offset").asText()).isEqualTo("+07:00");
    assertThat(big.get("clock").get("text").asText()).isEqualTo("pukul 17.00 WIB");
    assertThat(c.get("scope").isNull()).isTrue();
    assertThat(c.get("clock").isNull()).isTrue();
    assertThat(big.get("companions").get("wounded").get("kind").asText()).isEqualTo("exact");
    assertThat(big.get("companions").get("wounded").get("low").asLong()).isEqualTo(745);
    assertThat(c.get("companions").isObject()).isTrue();
    assertThat(c.get("companions").size()).isZero();

    JsonNode d = root.get("claims").get(2);
    assertThat(d.get("value").get("kind").asText()).isEqualTo("date");
    assertThat(d.get("value").get("start").asText()).isEqualTo("2024-06-19");
    assertThat(d.get("value").get("end").asText()).isEqualTo("2024-06-19");
    assertThat(d.get("value").get("granularity").asText()).isEqualTo("day");
    assertThat(d.get("unit").isNull()).isTrue();

    JsonNode m = root.get("claims").get(3);
    assertThat(m.get("value").get("kind").asText()).isEqualTo("at_most");
    assertThat(m.get("value").get("low").isNull()).isTrue();

    JsonNode f = root.get("findings").get(1);
    assertThat(f.get("verdict").asText()).isEqualTo("agreement");
    assertThat(f.get("claims")).extracting(JsonNode::asText).containsExactly("a1#1", "a1#2");
    assertThat(f.get("rule").asText()).isEqualTo("agreement");
    assertThat(f.has("likely")).isTrue();
    assertThat(f.get("likely").isNull()).isTrue();

    JsonNode likely = root.get("findings").get(0).get("likely");
    assertThat(likely.fieldNames()).toIterable()
        .containsExactly("value", "claims", "independentSources", "confidence", "reason");
    assertThat(likely.get("value")).isEqualTo(c.get("value")); // the shape of a claim's value
    assertThat(likely.get("claims")).extracting(JsonNode::asText).containsExactly("a1#1");
    assertThat(likely.get("independentSources").asInt()).isEqualTo(2);
    assertThat(likely.get("confidence").decimalValue()).isEqualByComparingTo("0.667");
    assertThat(likely.get("reason").asText()).isEqualTo("Two against one.");

    JsonNode sources = root.get("sources");
    assertThat(sources).hasSize(2);
    assertThat(sources.get(0).fieldNames()).toIterable()
        .containsExactly("name", "kind", "reliability", "claims", "agreed", "disagreed");
    assertThat(sources.get(0).get("kind").asText()).isEqualTo("outlet");
    assertThat(sources.get(0).get("reliability").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(sources.get(1).get("kind").asText()).isEqualTo("origin");
    assertThat(sources.get(1).get("name").asText()).isEqualTo("pejabat intelijen AS");
    assertThat(sources.get(1).get("reliability").toString()).isEqualTo("0.725"); // 3 decimals
    assertThat(sources.get(1).get("claims").asInt()).isEqualTo(3);
    assertThat(sources.get(1).get("agreed").asInt()).isEqualTo(2);
    assertThat(sources.get(1).get("disagreed").asInt()).isEqualTo(0);

    JsonNode p = root.get("problems").get(0);
    assertThat(p.get("source").asText()).isEqualTo("feed.jsonl:2");
  }

  @Test
  void outputIsDeterministic() {
    assertThat(ReportJson.toJson(sample())).isEqualTo(ReportJson.toJson(sample()));
  }
}
