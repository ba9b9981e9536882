package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Span;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class NumberScannerTest {

  private static final NumberScanner SCANNER = NumberScanner.standard();

  @Test
  void standardIsShared() {
    assertThat(NumberScanner.standard()).isSameAs(SCANNER);
  }

  @Test
  void resultsAreImmutableAndInTextOrderWithoutOverlap() {
    String text = "Sekitar 600 tentara tewas, 2.700 lainnya terluka dan ribuan warga mengungsi "
        + "pada 2024; kapal mengangkut hingga sembilan juta butir senilai Rp 5 M.";
    List<NumberExpression> found = SCANNER.scan(text, Language.INDONESIAN);
    assertThat(found).hasSize(6);
    for (int k = 1; k < found.size(); k++) {
      assertThat(found.get(k).span().start()).isGreaterThanOrEqualTo(found.get(k - 1).span().end());
    }
    assertThatThrownBy(() -> found.add(found.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> found.get(1).markers().add(NumberMarker.CHANGE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(found).extracting(NumberExpression::type).containsExactly(
        ExpressionType.QUANTITY, ExpressionType.QUANTITY, ExpressionType.QUANTITY,
        ExpressionType.YEAR, ExpressionType.QUANTITY, ExpressionType.MONEY);
  }

  @Test
  void unitSpanPointsAtTheUnit() {
    String text = "Sebanyak 62.000 kepala keluarga mengungsi.";
    NumberExpression e = SCANNER.scan(text, Language.INDONESIAN).get(0);
    assertThat(e.span()).isEqualTo(Span.of(9, 15));
    assertThat(e.unit()).isEqualTo("kepala keluarga");
    assertThat(e.unitSpan().of(text)).isEqualTo("kepala keluarga");
    assertThat(e.value()).isEqualTo(Quantity.exact(62000));
  }

  @Test
  void sameTextDiffersByLanguageConvention() {
    assertThat(Quantities.parse("1.500", Language.INDONESIAN)).contains(Quantity.exact(1500));
    assertThat(Quantities.parse("1.5 juta", Language.INDONESIAN))
        .contains(Quantity.exact(1_500_000));
    assertThat(Quantities.parse("1.5", Language.ENGLISH))
        .contains(Quantity.exact(new BigDecimal("1.5")));
    assertThat(Quantities.parse("1,500", Language.ENGLISH)).contains(Quantity.exact(1500));
  }

  @Test
  void quantitiesNormaliseOneExpression() {
    assertThat(Quantities.parse("sekitar 10.000 hingga 12.000", Language.INDONESIAN))
        .contains(Quantity.range(10000, 12000).hedged());
    assertThat(Quantities.parse("lebih dari 10.000 tentara", Language.INDONESIAN))
        .contains(Quantity.greaterThan(10000));
    assertThat(Quantities.parse("ribuan", Language.INDONESIAN))
        .contains(Quantity.vague(1000, 9999));
    assertThat(Quantities.parse("at least 1,090", Language.ENGLISH))
        .contains(Quantity.atLeast(1090));
    assertThat(Quantities.parse("nearly 500,000", Language.ENGLISH))
        .hasValueSatisfying(q -> {
          assertThat(q.kind()).isEqualTo(QuantityKind.AT_MOST);
          assertThat(q.highInclusive()).isFalse();
        });
    assertThat(Quantities.parse("ke-11", Language.INDONESIAN)).isEmpty();
    assertThat(Quantities.parse("pada tahun 2024", Language.INDONESIAN)).isEmpty();
    assertThat(Quantities.parse("tidak ada", Language.INDONESIAN)).isEmpty();
    assertThat(Quantities.parse("", Language.ENGLISH)).isEmpty();
  }

  @Test
  void valuesPastLongAreKeptExactly() {
    String big = "123.456.789.012.345.678.901.234.567.890";
    assertThat(Quantities.parse(big + " orang", Language.INDONESIAN))
        .contains(Quantity.exact(new BigDecimal("123456789012345678901234567890")));
  }

  @Test
  void digitRunsLongerThanSixtyDigitsAreNotNumbers() {
    assertThat(SCANNER.scan("1".repeat(60) + " orang", Language.INDONESIAN)).hasSize(1);
    assertThat(SCANNER.scan("1".repeat(61) + " orang", Language.INDONESIAN)).isEmpty();
  }

  @Test
  void markersAreAnImmutableCopy() {
    Set<NumberMarker> markers = EnumSet.of(NumberMarker.CHANGE);
    NumberExpression e = new NumberExpression(ExpressionType.QUANTITY, Span.of(0, 2), "19",
        Quantity.exact(19), null, null, markers);
    markers.add(NumberMarker.OTHERS);
    assertThat(e.markers()).containsExactly(NumberMarker.CHANGE);
    assertThat(e.has(NumberMarker.CHANGE)).isTrue();
  }

  @Test
  void expressionValidatesItsFields() {
    Quantity q = Quantity.exact(1);
    Set<NumberMarker> none = Set.of();
    assertThatThrownBy(() -> new NumberExpression(ExpressionType.DATE, Span.of(0, 1), "1", q,
        null, null, none)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberExpression(ExpressionType.QUANTITY, Span.of(0, 2), "1", q,
        null, null, none)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberExpression(ExpressionType.QUANTITY, Span.of(0, 1), "1", q,
        "orang", null, none)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Language.class, Language.INDONESIAN)
        .setDefault(CharSequence.class, "1");
    t.testAllPublicInstanceMethods(SCANNER);
    t.testAllPublicStaticMethods(NumberWords.class);
    t.testAllPublicStaticMethods(Quantities.class);
  }

  @Test
  void scansConcurrently() throws Exception {
    String text = "Sekitar 10.000 hingga 12.000 tentara dan 1,5 juta peluru.";
    List<NumberExpression> expected = SCANNER.scan(text, Language.INDONESIAN);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<NumberExpression>>> futures = new ArrayList<>();
      for (int k = 0; k < 200; k++) {
        futures.add(pool.submit(() -> SCANNER.scan(text, Language.INDONESIAN)));
      }
      for (Future<List<NumberExpression>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- adversarial input: read correctly; that reading it takes time linear in the text is
  // checked by robust.LinearTimeIT (-Pslow-tests), never by a clock in the default build ----

  @Test
  void aLongDigitLineIsNoNumber() {
    String text = "Jumlahnya " + "9".repeat(200_000) + " orang dan 5 tentara.";
    List<NumberExpression> found = SCANNER.scan(text, Language.INDONESIAN);
    assertThat(found).extracting(NumberExpression::text).containsExactly("5");
  }

  @Test
  void longRunsOfGroupedDigitsAreNoNumber() {
    String text = "1.000".repeat(40_000) + " 1,2,3,4".repeat(10_000);
    // one run of 200,000 digits and dots is too long to be a figure; "1,2,3,4" has no value
    assertThat(SCANNER.scan(text, Language.INDONESIAN)).isEmpty();
  }

  @Test
  void longRunsOfDotsAndDashes() {
    String text = ".".repeat(100_000) + "-".repeat(100_000) + " 10-" + "-".repeat(20_000) + "12";
    List<NumberExpression> found = SCANNER.scan(text, Language.INDONESIAN);
    assertThat(found).extracting(NumberExpression::text).containsExactly("10", "12");
  }

  @Test
  void repeatedHedgeWords() {
    String id = "sekitar lebih dari kurang lebih hingga ".repeat(40_000) + "10 orang";
    List<NumberExpression> found = SCANNER.scan(id, Language.INDONESIAN);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().kind()).isEqualTo(QuantityKind.AT_MOST);
    String en = "about ".repeat(40_000) + "ten troops";
    List<NumberExpression> foundEn = SCANNER.scan(en, Language.ENGLISH);
    assertThat(foundEn).extracting(NumberExpression::value)
        .containsExactly(Quantity.approximately(10));
  }

  @Test
  void longRunsOfNumberWords() {
    String text = "satu dua ratus ribu juta belas puluh ".repeat(20_000);
    List<NumberExpression> id = SCANNER.scan(text, Language.INDONESIAN);
    // each repetition reads as "satu" and "dua ratus ribu juta" ("belas puluh" is no number)
    assertThat(id).hasSize(40_000);
    assertThat(id.get(1).value()).isEqualTo(Quantity.exact(200_000_000_000L));
    String en = "one hundred and ".repeat(40_000);
    List<NumberExpression> found = SCANNER.scan(en, Language.ENGLISH);
    // "one hundred and one", then "hundred and" is left over, and so on
    assertThat(found).hasSize(20_000)
        .allSatisfy(e -> assertThat(e.value()).isEqualTo(Quantity.exact(101)));
  }

  @Test
  void manyNumbersAreAllFound() {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k <= 100_000; k++) {
      sb.append(k % 999 + 1).append(" orang, ");
    }
    List<NumberExpression> found = SCANNER.scan(sb, Language.INDONESIAN);
    assertThat(found).hasSize(100_000);
  }
}
