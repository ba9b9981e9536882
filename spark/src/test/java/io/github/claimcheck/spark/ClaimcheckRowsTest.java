package io.github.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Value;
import io.github.claimcheck.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Rows convert to the model and back exactly; bad input rows fail naming the field. */
class ClaimcheckRowsTest {

  private static final ArticleInfo INFO = ArticleInfo.of(
      Article.builder("a1", "text").source("Harian A").url("https://a.example/1").story("s")
          .build(),
      Language.ENGLISH, true, LocalDate.of(2025, 10, 2), ArticleInfo.DateBasis.DATELINE,
      "Kamis (2/10/2025)");

  private static Claim claim(String id, Value value) {
    return Claim.builder().id(id).articleId("a1").predicate("killed").subject("people")
        .value(value).span(Span.of(3, 9)).sentence(Span.of(0, 20), "Sentence of the claim.")
        .build();
  }

  @Test
  void everyShapeOfValueReadsBackEqual() {
    List<Value> values = List.of(Quantity.exact(120), Quantity.approximately(600),
        Quantity.vague(1_000, 9_999), Quantity.range(10_000, 12_000),
        Quantity.range(10_000, 12_000).hedged(), Quantity.greaterThan(130),
        Quantity.atLeast(130).hedged(), Quantity.atMost(9_000_000),
        Quantity.lessThan(5), Quantity.exact(120).hedged(),
        Quantity.exact(new BigDecimal("1E-20000")),
        Quantity.exact(new BigDecimal("123456789012345678901234567890.5")),
        DateValue.day(LocalDate.of(2025, 5, 9)),
        DateValue.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30), Granularity.SEASON));
    for (Value v : values) {
      Claim c = claim("a1#1", v);
      assertThat(ClaimcheckRows.claim(ClaimcheckRows.claim(c, INFO))).isEqualTo(c);
    }
  }

  @Test
  void everyFieldOfAClaimReadsBackEqual() {
    Claim full = claim("a1#2", Quantity.approximately(600)).toBuilder()
        .unit("soldiers").when(DateValue.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30),
            Granularity.SEASON)).whenText("musim gugur tahun lalu")
        .attribution("pejabat intelijen").origin("NIS").event("flood:garut")
        .scope(Scope.place("agam", "Kabupaten Agam"))
        .clock(ClockTime.of(LocalTime.of(17, 0), ZoneOffset.ofHours(7)), "pukul 17.00 WIB")
        .flags(Set.of(ClaimFlag.ADDITION, ClaimFlag.AS_OF, ClaimFlag.BREAKDOWN))
        .companion("wounded", Quantity.exact(745)).companion("missing", Quantity.atLeast(20))
        .build();
    Row row = ClaimcheckRows.claim(full, INFO);
    assertThat(ClaimcheckRows.claim(row)).isEqualTo(full);
    Claim local = full.toBuilder().clock(ClockTime.of(LocalTime.of(8, 30)), "08.30").build();
    assertThat(ClaimcheckRows.claim(ClaimcheckRows.claim(local, null))).isEqualTo(local);
    assertThat(ClaimcheckRows.articleInfoOfClaim(ClaimcheckRows.claim(local, null))).isNull();
  }

  @Test
  void aSubjectOfOneNameReadsBackAsANameNotAKind() {
    Claim visited = Claim.builder().id("a1#4").articleId("a1").predicate("visited")
        .subject(SubjectKey.Named.of(List.of("jember")))
        .value(DateValue.day(LocalDate.of(2025, 1, 9)))
        .span(Span.of(0, 9)).sentence(Span.of(0, 20), "Kunjungan ke Jember.").build();
    Claim back = ClaimcheckRows.claim(ClaimcheckRows.claim(visited, INFO));
    assertThat(back).isEqualTo(visited);
    assertThat(back.subjectKey()).isInstanceOf(SubjectKey.Named.class);
    Claim two = visited.toBuilder().subject(SubjectKey.Named.of(List.of("jember", "nias"))).build();
    assertThat(ClaimcheckRows.claim(ClaimcheckRows.claim(two, INFO))).isEqualTo(two);
    Claim counted = claim("a1#5", Quantity.exact(3));
    assertThat(ClaimcheckRows.claim(ClaimcheckRows.claim(counted, INFO)).subjectKey())
        .isEqualTo(counted.subjectKey());
  }

  @Test
  void anArticlesInfoReadsBackAsReconciliationNeedsIt() {
    ArticleInfo back = ClaimcheckRows.articleInfoOfClaim(ClaimcheckRows.claim(
        claim("a1#1", Quantity.exact(1)), INFO));
    assertThat(ClaimcheckRows.articleInfo(back)).isEqualTo(ClaimcheckRows.articleInfo(INFO));
    assertThat(back.publishedBasis()).contains(ArticleInfo.DateBasis.DATELINE);
    assertThat(back.article().story()).contains("s");
    assertThat(back.article().published()).isEmpty();
    assertThat(back.article().language()).isEmpty();
  }

  @Test
  void findingsReadBackWithTheClaimsTheyCite() {
    Claim a = claim("a1#1", Quantity.exact(120));
    Claim b = claim("a1#2", Quantity.exact(131));
    Finding f = Finding.of("value-conflict", Verdict.CONFLICT, "killed", "people",
        List.of("a1#1", "a1#2"), "Sources disagree.");
    Row row = ClaimcheckRows.finding(f,
        List.of(ClaimcheckRows.claim(a, INFO), ClaimcheckRows.claim(b, INFO)));
    assertThat(ClaimcheckRows.finding(row)).isEqualTo(f);
    assertThat(ClaimcheckRows.citedClaims(row)).containsExactly(a, b);
  }

  private static Row input(StructType schema, Object... values) {
    return new GenericRowWithSchema(values, schema);
  }

  @Test
  void articleRowsMayLackOptionalColumnsAndGiveADateAsASparkDate() {
    StructType some = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("published", DataTypes.DateType, true)));
    Article a = ClaimcheckRows.article(
        input(some, "x", "Teks.", java.sql.Date.valueOf(LocalDate.of(2025, 1, 2))));
    assertThat(a).isEqualTo(Article.builder("x", "Teks.").published(LocalDate.of(2025, 1, 2))
        .build());
    Article full = Article.builder("y", "Text.").source("S").url("u").story("t")
        .published(LocalDate.of(2025, 1, 3)).language(Language.INDONESIAN).build();
    assertThat(ClaimcheckRows.article(ClaimcheckRows.articleInput(full))).isEqualTo(full);
  }

  @Test
  void badArticleRowsFailNamingTheField() {
    StructType in = ClaimcheckRows.ARTICLE_INPUT;
    assertThatThrownBy(() -> ClaimcheckRows.article(input(in, null, "t", null, null, null, null,
        null))).hasMessage("missing required field \"id\"");
    assertThatThrownBy(() -> ClaimcheckRows.article(input(in, "x", null, null, null, null, null,
        null))).hasMessage("missing required field \"text\"");
    assertThatThrownBy(() -> ClaimcheckRows.article(input(in, "x", "t", null, null, "9 May",
        null, null))).hasMessage("\"published\" is not a date in the form YYYY-MM-DD: \"9 May\"");
    assertThatThrownBy(() -> ClaimcheckRows.article(input(in, "x", "t", null, null, "0001-01-01",
        null, null))).hasMessageContaining("published must be between 1900-01-01");
    assertThatThrownBy(() -> ClaimcheckRows.article(input(in, "x", "t", null, null, null, "ms",
        null))).hasMessageStartingWith("\"language\" must be the code of a known language (")
        .hasMessageEndingWith("), not \"ms\"");
  }

  @Test
  void aValueNoFactoryMakesIsRejected() {
    Row row = ClaimcheckRows.claim(claim("a1#1", Quantity.exact(5)), INFO);
    Row value = row.getStruct(row.fieldIndex("value"));
    Object[] v = new Object[value.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = value.get(i);
    }
    v[value.fieldIndex("high")] = "7"; // "exact" from 5 to 7
    Object[] c = new Object[row.length()];
    for (int i = 0; i < c.length; i++) {
      c[i] = row.get(i);
    }
    c[row.fieldIndex("value")] = new GenericRowWithSchema(v, value.schema());
    assertThatThrownBy(() -> ClaimcheckRows.claim(new GenericRowWithSchema(c, row.schema())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("claim a1#1: value ")
        .hasMessageEndingWith("is not a quantity claimcheck makes");
  }
}
