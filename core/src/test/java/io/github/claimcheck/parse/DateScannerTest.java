package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.common.testing.NullPointerTester;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DateScannerTest {

  private static final LocalDate P = LocalDate.of(2025, 5, 10);
  private static final DateScanner SCANNER = DateScanner.standard();

  // ---- the corpora

  static Stream<Arguments> corpus() {
    return CorpusRows.of("dates.tsv").stream().map(row -> Arguments.of(
        row.where(), row.language(), row.cell(0), row.cell(1), row.cell(2), row.cell(3),
        row.cell(4), row.cell(5)));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("corpus")
  void corpusRow(
      String where,
      Language language,
      String reference,
      String sentence,
      String expression,
      String value,
      String granularity,
      String flags) {
    // GIVEN
    LocalDate ref = reference.equals("-") ? null : LocalDate.parse(reference);
    // WHEN
    List<DateExpression> found = SCANNER.scan(sentence, language, ref);
    // THEN
    if (expression.equals("-")) {
      assertThat(found).as(where).isEmpty();
      return;
    }
    DateExpression e =
        found.stream()
            .filter(x -> x.text().equals(expression))
            .findFirst()
            .orElseThrow(() -> new AssertionError(where + ": no '" + expression + "' in " + found));
    assertThat(e.span().of(sentence)).isEqualTo(expression);
    if (value.equals("-")) {
      assertThat(e.value()).as(where).isEmpty();
    } else {
      assertThat(e.value()).as(where).isPresent();
      assertThat(e.value().get().toString()).as(where + " value").isEqualTo(value);
      assertThat(e.value().get().granularity().jsonName()).as(where).isEqualTo(granularity);
    }
    Set<String> f = new HashSet<>();
    for (String s : flags.split(",")) {
      if (!s.isBlank()) {
        f.add(s.trim().toLowerCase(Locale.ROOT));
      }
    }
    assertThat(e.relative()).as(where + " relative").isEqualTo(f.contains("rel"));
    assertThat(e.explicitYear()).as(where + " explicitYear").isEqualTo(f.contains("year"));
    assertThat(e.asOf()).as(where + " asOf").isEqualTo(f.contains("asof"));
    assertThat(e.future()).as(where + " future").isEqualTo(f.contains("future"));
    assertThat(e.weekdayMismatch()).as(where + " mismatch").isEqualTo(f.contains("mismatch"));
    String wd =
        f.stream().filter(s -> s.startsWith("wd=")).map(s -> s.substring(3)).findFirst()
            .orElse(null);
    assertThat(e.weekday().map(d -> d.name().toLowerCase(Locale.ROOT)))
        .as(where + " weekday")
        .isEqualTo(java.util.Optional.ofNullable(wd));
  }

  // ---- spans, order and the reference

  @Test
  void spanExcludesPrepositionAndKeepsParentheses() {
    String s = "Banjir terjadi pada Sabtu (22/3/2025) sore.";
    List<DateExpression> found = SCANNER.scan(s, Language.INDONESIAN, P);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).span()).isEqualTo(Span.of(20, 37));
    assertThat(found.get(0).text()).isEqualTo("Sabtu (22/3/2025)");
  }

  @Test
  void aNumberAfterADateAndACommaOrADecimalIsNoDayOfThatDate() {
    // "On Sept 9, 10 people died": after a comma the number is a count; "9,10" is a decimal,
    // and a lone "12, 15 September" is no list (a list of days goes on to a day joined by a word)
    assertThat(SCANNER.scan("On Sept 9, 10 people died.", Language.ENGLISH, P))
        .extracting(DateExpression::text).containsExactly("Sept 9");
    assertThat(SCANNER.scan("Korban tewas 12, 15 September lalu.", Language.INDONESIAN, P))
        .extracting(DateExpression::text).containsExactly("15 September lalu");
    assertThat(SCANNER.scan("Rains on Sept 9 and 10.5 mm fell.", Language.ENGLISH, P))
        .extracting(DateExpression::text).containsExactly("Sept 9");
  }

  @Test
  void expressionsComeInTextOrderWithoutOverlap() {
    String s =
        "Kemarin lusa, pada Jumat (9/5), dan pekan lalu serta 3 hari lalu; tahun 2019, "
            + "akhir Februari, musim gugur tahun lalu dan 19 Juni 2024.";
    List<DateExpression> found = SCANNER.scan(s, Language.INDONESIAN, P);
    assertThat(found).extracting(DateExpression::text)
        .containsExactly("Kemarin lusa", "Jumat (9/5)", "pekan lalu", "3 hari lalu", "tahun 2019",
            "akhir Februari", "musim gugur tahun lalu", "19 Juni 2024");
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
    }
  }

  @Test
  void relativeExpressionsKeepTheirWordsWithoutReference() {
    List<DateExpression> found =
        SCANNER.scan("Jumat lalu dan 6 November, bulan lalu", Language.INDONESIAN, null);
    assertThat(found).extracting(DateExpression::text)
        .containsExactly("Jumat lalu", "6 November", "bulan lalu");
    assertThat(found).allSatisfy(e -> {
      assertThat(e.relative()).isTrue();
      assertThat(e.value()).isEmpty();
      assertThat(e.weekdayMismatch()).isFalse();
    });
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // year-less dates land on or before the reference, but for the two weeks after it
        // (a schedule: "diterima Presiden pada 4 September" in a report of 2 September)
        "pada 10 Mei            | 2025-05-10 | 2025-05-10",
        "pada 11 Mei            | 2025-05-10 | 2025-05-11",
        "pada 24 Mei            | 2025-05-10 | 2025-05-24",
        "pada 25 Mei            | 2025-05-10 | 2024-05-25",
        "pada 31 Desember       | 2025-01-01 | 2024-12-31",
        "pada 29 Februari       | 2025-05-10 | 2024-02-29",
        // the weekday picks the year
        "Rabu (12/6)            | 2025-05-10 | 2024-06-12",
        "Jumat, 9 Mei           | 2026-11-21 | 2025-05-09",
        // future cue: on or after
        "akan tiba pada 9 Mei   | 2025-05-10 | 2026-05-09",
        "akan tiba pada 10 Mei  | 2025-05-10 | 2025-05-10",
        "dijadwalkan 1 Januari  | 2025-05-10 | 2026-01-01",
      })
  void yearInference(String text, LocalDate reference, LocalDate expected) {
    List<DateExpression> found = SCANNER.scan(text, Language.INDONESIAN, reference);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).contains(DateValue.day(expected));
    assertThat(found.get(0).weekdayMismatch()).isFalse();
  }

  @Test
  void aDayNearTheReferenceKeepsItsYearAgainstAWrongWeekday() {
    // 15 September 2023 was a Friday, 15 September 2022 a Thursday: a report of that Friday
    // means this week's day with a wrong weekday, not a day a year before
    LocalDate friday = LocalDate.of(2023, 9, 15);
    DateExpression en = SCANNER.scan("on Thursday (September 15)", Language.ENGLISH, friday).get(0);
    assertThat(en.value()).contains(DateValue.day(friday));
    assertThat(en.weekdayMismatch()).isTrue();
    DateExpression id = SCANNER.scan("pada Kamis (15/9)", Language.INDONESIAN, friday).get(0);
    assertThat(id.value()).contains(DateValue.day(friday));
    assertThat(id.weekdayMismatch()).isTrue();
    // two months and more before the reference, the weekday still picks the year
    assertThat(SCANNER.scan("Kamis (15/9)", Language.INDONESIAN, LocalDate.of(2023, 12, 1))
        .get(0).value()).contains(DateValue.day(LocalDate.of(2022, 9, 15)));
  }

  @Test
  void weekdayThatMatchesNoNearbyYearIsReportedAsMismatch() {
    // 11 May was a Sunday in 2014, 2025 and 2031: none within reach before 2025-05-10.
    DateExpression e = SCANNER.scan("Ahad (11/5)", Language.INDONESIAN, P).get(0);
    assertThat(e.weekday()).contains(DayOfWeek.SUNDAY);
    assertThat(e.value()).contains(DateValue.day(LocalDate.of(2025, 5, 11)));
    assertThat(e.weekdayMismatch()).isFalse();
  }

  @Test
  void seasonsAcrossTheYear() {
    LocalDate january = LocalDate.of(2025, 1, 15);
    assertThat(SCANNER.scan("musim dingin ini", Language.INDONESIAN, january).get(0).value())
        .contains(DateValue.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 2, 28),
            Granularity.SEASON));
    assertThat(SCANNER.scan("musim dingin", Language.INDONESIAN, january).get(0).value())
        .contains(DateValue.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29),
            Granularity.SEASON));
  }

  // ---- robustness

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "31 Februari 2025", "(45/13/2025)", "(0/0)", "00/00/0000", "99 Juni", "(31/4)",
        "Jumat, 31 Juni", "29 Februari 2025", "(1/1/", "akhir", "tahun", "pada", "Minggu",
        "lalu lalu lalu", "(", "((((", "2024-13-45", "Dec. 99, 2024",
      })
  void invalidOrBrokenInputNeverThrows(String text) {
    for (Language language : Language.builtIn()) {
      assertThatCode(() -> SCANNER.scan(text, language, P)).doesNotThrowAnyException();
      assertThatCode(() -> SCANNER.scan(text, language, null)).doesNotThrowAnyException();
    }
  }

  @Test
  void invalidDatesGiveNothingAndAreNotReadAgain() {
    assertThat(SCANNER.scan("31 Februari 2025", Language.INDONESIAN, P)).isEmpty();
    assertThat(SCANNER.scan("(45/13/2025)", Language.INDONESIAN, P)).isEmpty();
    assertThat(SCANNER.scan("Jumat, 31 Juni", Language.INDONESIAN, P)).isEmpty();
  }

  @Test
  void longRunsOfPartialDatesAreReadWithoutFalseDates() {
    String unit = "(1/1/";
    String big = unit.repeat(200_000 / unit.length());
    assertThat(SCANNER.scan(big, Language.INDONESIAN, P)).isEmpty();
    String mixed = "Jumat, 9 Mei pekan lalu (12/6) 19 Juni 2024 ".repeat(4_000);
    assertThat(SCANNER.scan(mixed, Language.INDONESIAN, P)).hasSize(16_000);
  }

  @Test
  void sharedScannerIsThreadSafe() throws Exception {
    String s = "Kedua pemimpin bertemu pada Jumat, 9 Mei, dan pekan lalu di Moskow.";
    List<DateExpression> expected = SCANNER.scan(s, Language.INDONESIAN, P);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<DateExpression>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> DateScanner.standard().scan(s, Language.INDONESIAN, P)));
      }
      for (Future<List<DateExpression>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void resultListIsUnmodifiable() {
    List<DateExpression> found = SCANNER.scan("kemarin", Language.INDONESIAN, P);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> found.add(found.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArguments() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Language.class, Language.INDONESIAN);
    tester.setDefault(LocalDate.class, P);
    tester.ignore(getMethod("scan"));
    tester.testAllPublicInstanceMethods(SCANNER);
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> SCANNER.scan(null, Language.INDONESIAN, P));
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> SCANNER.scan("x", null, P));
    assertThat(SCANNER.scan("kemarin", Language.INDONESIAN, null)).hasSize(1);
  }

  @Test
  void expressionEqualityAndToString() {
    DateExpression a = SCANNER.scan("pekan lalu", Language.INDONESIAN, P).get(0);
    DateExpression b = SCANNER.scan("pekan lalu", Language.INDONESIAN, P).get(0);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("pekan lalu").contains("2025-04-28..2025-05-04");
  }

  private static java.lang.reflect.Method getMethod(String name) {
    return Arrays.stream(DateScanner.class.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
