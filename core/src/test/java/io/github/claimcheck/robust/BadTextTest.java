package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.DateScanner;
import io.github.claimcheck.parse.ExpressionType;
import io.github.claimcheck.parse.NumberExpression;
import io.github.claimcheck.parse.NumberScanner;
import io.github.claimcheck.parse.Quantities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Article texts that are empty, huge or odd: each is read without an exception, and what can be
 * read is read. File-level problems are in {@code BadFilesTest} and {@code ArticleReaderTest}.
 */
class BadTextTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(TODAY).build();

  private static ArticleAnalysis analyse(String text) {
    return Fixtures.analyse(text);
  }

  /** The value of a point quantity ({@code 12}, {@code sekitar 12}), else empty. */
  static Optional<BigDecimal> point(Optional<Quantity> q) {
    return q.filter(Quantity::isPoint).flatMap(Quantity::low);
  }

  static Report check(String text) {
    Report report = CHECKER.check(List.of(Article.of("a", text)));
    assertThat(ReportJson.toJson(report)).startsWith("{");
    return report;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \n\t \r\n  ", "\u00A0\u2003\uFEFF", "Tidak ada angka di sini.",
      "There is no figure in this text at all."})
  void anEmptyBlankOrClaimlessTextGivesAnArticleWithoutClaims(String text) {
    Report report = check(text);
    assertThat(report.articles()).extracting(a -> a.id()).containsExactly("a");
    assertThat(report.claims()).isEmpty();
    assertThat(report.findings()).isEmpty();
    assertThat(report.problems()).isEmpty();
  }

  /**
   * A long article with one distinct claim every {@code every} characters, so claims late in the
   * text must be found too.
   */
  static String longArticle(int length, int every) {
    String filler = "Hujan deras turun sepanjang hari dan warga tetap berada di rumah masing-masing. ";
    StringBuilder sb = new StringBuilder(length + 200);
    int marks = 0;
    while (sb.length() < length) {
      if (sb.length() >= (long) marks * every) {
        marks++;
        sb.append("Banjir di desa ke-").append(marks).append(" menewaskan ").append(100 + marks)
            .append(" orang, kata polisi. ");
      }
      sb.append(filler);
    }
    return sb.toString();
  }

  /** Asserts that every claim planted by {@link #longArticle} was found, inside the text. */
  static void assertLongArticleClaims(String text, Report report) {
    int marks = text.split("Banjir di desa ke-", -1).length - 1;
    assertThat(marks).isGreaterThan(1);
    assertThat(report.claims())
        .extracting(c -> point(c.quantity()).orElse(null))
        .containsAll(IntStream.rangeClosed(1, marks)
            .mapToObj(i -> BigDecimal.valueOf(100 + i))
            .toList());
    assertThat(report.claims())
        .allSatisfy(c -> assertThat(c.span().end()).isLessThanOrEqualTo(text.length()));
  }

  /** The 50 MB version, with a time bound, is {@code LargeInputIT} ({@code -Pslow-tests}). */
  @Test
  void aLongArticleCompletesAndItsClaimsAreFound() {
    String text = longArticle(1_000_000, 100_000);
    assertLongArticleClaims(text, check(text));
  }

  @Test
  void aLineOfAMillionDigitsIsNoNumberAndDoesNotHideTheClaimAfterIt() {
    String digits = "1234567890".repeat(100_000);
    String text = digits + "\nBanjir menewaskan 12 orang, kata polisi.\n";
    List<NumberExpression> numbers = NumberScanner.standard().scan(text, Language.INDONESIAN);
    Invariants.numbers(text, numbers);
    assertThat(numbers).noneMatch(e -> e.span().length() > 100);
    ArticleAnalysis analysis = analyse(text);
    assertThat(analysis.claims())
        .extracting(c -> point(c.quantity()))
        .contains(Optional.of(BigDecimal.valueOf(12)));
  }

  @Test
  void numbersPastLongAreKeptExactly() {
    Optional<Quantity> q = Quantities.parse("10.000.000.000.000.000.000.000", Language.INDONESIAN);
    assertThat(point(q)).contains(BigDecimal.TEN.pow(22));
    Optional<Quantity> en = Quantities.parse("10,000,000,000,000,000,000,000", Language.ENGLISH);
    assertThat(point(en)).contains(BigDecimal.TEN.pow(22));
    ArticleAnalysis analysis =
        analyse("Utang itu mencapai Rp 10.000.000.000.000.000.000.000, kata menteri keuangan.");
    assertThat(CHECKER.scan(Article.of("a", "Utang Rp 10.000.000.000.000.000.000.000."))
            .expressions())
        .anySatisfy(e -> {
          assertThat(e.text()).isEqualTo("Rp 10.000.000.000.000.000.000.000");
          assertThat(e.toString()).contains("= 10000000000000000000000 IDR");
        });
    assertThat(analysis.claims()).allSatisfy(c -> assertThat(c.articleId()).isEqualTo("a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.000,000.5", "1,000.000,5", "1..000", "1,,5", "1.000.00", "10.00.000"})
  void aNumberWithMixedOrBrokenGroupingIsNotReadAsOneValue(String number) {
    for (Language language : Language.builtIn()) {
      String text = "Sebanyak " + number + " ton beras tiba.";
      List<NumberExpression> found = NumberScanner.standard().scan(text, language);
      Invariants.numbers(text, found);
      // no reading may span the whole malformed token: it has no single value
      assertThat(found).noneMatch(e -> e.text().equals(number));
    }
  }

  @Test
  void percentAndCurrencyNextToCountsAreTypedApart() {
    String text = "Harga naik 12% dan 40 orang membayar Rp 5.000 per orang, sementara 3 persen dari"
        + " 200 warga menolak membayar US$7.";
    List<NumberExpression> found = NumberScanner.standard().scan(text, Language.INDONESIAN);
    Invariants.numbers(text, found);
    assertThat(found)
        .extracting(NumberExpression::type, NumberExpression::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ExpressionType.PERCENT, "12%"),
            org.assertj.core.groups.Tuple.tuple(ExpressionType.QUANTITY, "40"),
            org.assertj.core.groups.Tuple.tuple(ExpressionType.MONEY, "Rp 5.000"),
            org.assertj.core.groups.Tuple.tuple(ExpressionType.PERCENT, "3 persen"),
            org.assertj.core.groups.Tuple.tuple(ExpressionType.QUANTITY, "200"),
            org.assertj.core.groups.Tuple.tuple(ExpressionType.MONEY, "US$7"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31 Februari 2025", "29 Februari 2025", "(45/13/2025)", "(0/1/2025)",
      "(31/4/2025)", "32 Januari 2025", "(1/1/0000)"})
  void anInvalidDateIsNoDate(String date) {
    String text = "Banjir pada " + date + " menewaskan 40 orang, kata polisi.";
    for (LocalDate reference : new LocalDate[] {null, LocalDate.of(2025, 10, 2)}) {
      List<DateExpression> dates = DateScanner.standard().scan(text, Language.INDONESIAN, reference);
      Invariants.dates(text, dates);
      assertThat(dates).as(date).isEmpty();
    }
    ArticleAnalysis analysis = analyse(text);
    assertThat(analysis.info().published()).isEmpty();
    assertThat(analysis.claims()).allSatisfy(c -> assertThat(c.date()).isEmpty());
    assertThat(analysis.claims())
        .extracting(c -> point(c.quantity()))
        .contains(Optional.of(BigDecimal.valueOf(40)));
  }

  @Test
  void aWeekdayThatDoesNotMatchItsDateIsFlaggedAndReported() {
    // 2 October 2025 is a Thursday, not a Monday
    String text = "Banjir bandang pada Senin (2/10/2025) menewaskan 12 orang, kata polisi.";
    List<DateExpression> dates = DateScanner.standard().scan(text, Language.INDONESIAN, null);
    assertThat(dates).singleElement().satisfies(d -> {
      assertThat(d.weekdayMismatch()).isTrue();
      assertThat(d.value()).contains(DateValue.day(LocalDate.of(2025, 10, 2)));
    });
    Report report = check(text);
    assertThat(report.claims()).anySatisfy(c -> assertThat(c.has(ClaimFlag.WEEKDAY_MISMATCH)).isTrue());
    List<String> flagged = report.claims().stream()
        .filter(c -> c.has(ClaimFlag.WEEKDAY_MISMATCH)).map(Claim::id).toList();
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("weekday-mismatch"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
          assertThat(f.claimIds()).containsExactlyElementsOf(flagged);
          assertThat(f.explanation()).contains("Thursday");
        });
  }

  @Test
  void aMatchingWeekdayIsNotReported() {
    Report report = check("Banjir bandang pada Kamis (2/10/2025) menewaskan 12 orang, kata polisi.");
    assertThat(report.claims()).noneMatch(c -> c.has(ClaimFlag.WEEKDAY_MISMATCH));
    assertThat(report.findings()).extracting(Finding::rule).doesNotContain("weekday-mismatch");
  }

  @Test
  void datesNearTheEdgesOfTheSupportedYearsAreRead() {
    String text = "Merdeka pada 17 Agustus 1945, dan proyek selesai pada 31 Desember 2100.";
    List<DateExpression> dates = DateScanner.standard().scan(text, Language.INDONESIAN, null);
    assertThat(dates)
        .extracting(d -> d.value().map(DateValue::start).orElse(null))
        .containsExactly(LocalDate.of(1945, 8, 17), LocalDate.of(2100, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Sebanyak 5 orang tewas pada 1 Januari 1066, kata sejarawan.",
    "Sebanyak 5 orang tewas pada 3 Maret 3025, kata panitia.",
    "Sebanyak 5 orang tewas pada (1/1/9999), kata polisi.",
    "Sebanyak 5 orang tewas pada (2/1/0001), kata polisi.",
    "Kejadian 999999999 tahun lalu menewaskan 5 orang, kata polisi.",
    "Kejadian 99999999999 hari lalu menewaskan 5 orang, kata polisi.",
    "It happened 999999999 years ago and killed 5 people, police said.",
    "On June 19, 1066, 5 people died, police said.",
    "On Dec. 20, 9999, 5 people died, police said."
  })
  void datesFarInThePastOrFutureAreNeverMovedNearToday(String text) {
    ArticleAnalysis analysis = analyse(text);
    // a far date is read with its own year or not at all: never placed in a year near today
    assertThat(analysis.info().published()).isEmpty();
    assertThat(analysis.claims())
        .extracting(c -> point(c.quantity()))
        .contains(Optional.of(BigDecimal.valueOf(5)));
    assertThat(analysis.claims()).allSatisfy(c -> {
      assertThat(c.when().map(w -> w.start().getYear()).orElse(0)).isNotIn(2025, 2026);
      assertThat(c.date()).isEmpty();
    });
    Report report = check(text);
    assertThat(report.claims()).hasSameSizeAs(analysis.claims());
    for (Language language : Language.builtIn()) {
      Invariants.dates(text, DateScanner.standard().scan(text, language, null));
      Invariants.dates(text, DateScanner.standard().scan(text, language, LocalDate.MAX));
      Invariants.dates(text, DateScanner.standard().scan(text, language, LocalDate.MIN));
    }
  }
}
