package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleAnalysis;
import io.github.claimcheck.extract.ArticleScan;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.parse.DateExpression;
import io.github.claimcheck.parse.DateScanner;
import io.github.claimcheck.parse.NumberExpression;
import io.github.claimcheck.parse.NumberScanner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 4: the figure read is the figure a reader sees, or none with a problem; claim
 * offsets stay those of the text as given.
 */
class InvisibleCharactersTest {

  private static final LocalDate TODAY = Fixtures.TODAY;
  private static final ClaimChecker CHECKER = Fixtures.CHECKER;

  private static ArticleAnalysis analyse(String text) {
    return Fixtures.analyse(text);
  }

  private static BigDecimal onlyValue(ArticleAnalysis analysis) {
    assertThat(analysis.claims()).hasSize(1);
    Quantity q = analysis.claims().get(0).quantity().orElseThrow();
    assertThat(q.isPoint()).isTrue();
    return q.low().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e",
      "\u2066", "\u2069", "\u202a", "\u202c", "\u202d", "\udb40\udc20"})
  void anInvisibleCharacterInsideAFigureDoesNotSplitIt(String invisible) {
    String text = "Tanah longsor di Bogor menewaskan 1" + invisible + "20 orang, kata polisi.";
    ArticleAnalysis analysis = analyse(text);

    assertThat(onlyValue(analysis)).isEqualByComparingTo("120");
    Claim claim = analysis.claims().get(0);
    // offsets are those of the text as given: the evidence holds the invisible character
    assertThat(claim.span().of(text)).isEqualTo("menewaskan 1" + invisible + "20 orang");
    assertThat(claim.sentence()).isEqualTo(text);
    assertThat(analysis.problems()).isEmpty();
  }

  @Test
  void invisibleCharactersInsideWordsDoNotHideThePredicate() {
    String text = "Tanah longsor di Bogor mene\u00adwas\u200bkan 35 orang, kata polisi.";
    ArticleAnalysis analysis = analyse(text);
    assertThat(analysis.claims()).singleElement().satisfies(c -> {
      assertThat(c.predicate()).isEqualTo("killed");
      assertThat(c.span().of(text)).startsWith("mene\u00adwas\u200bkan");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "'\u202e021\u202c', 021, 120",
      "'\u202e021', 021, 120",
      "'12\u202e34\u202c', 1234, 1243",
      "'\u202e1.500\u202c', 1500, 0051"})
  void digitsDisplayedInAnotherOrderAreNotReadAndAreAProblem(
      String figure, String stored, String shown) {
    String text = "Tanah longsor di Bogor menewaskan " + figure + " orang, kata polisi.";
    ArticleAnalysis analysis = analyse(text);

    assertThat(analysis.claims()).isEmpty();
    assertThat(analysis.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("a");
      int at = text.indexOf(stored.charAt(0), 34);
      assertThat(p.message()).startsWith("the digits " + stored + " (characters " + at + "–")
          .contains("are displayed as " + shown);
    });
  }

  @Test
  void digitsAnOverrideLeavesInTheirOrderAreRead() {
    // an override that does not change what is shown: 111 is 111 either way; and an LRO
    assertThat(onlyValue(analyse("Tanah longsor menewaskan \u202e111\u202c orang."))).isEqualByComparingTo("111");
    assertThat(onlyValue(analyse("Tanah longsor menewaskan \u202d120\u202c orang."))).isEqualByComparingTo("120");
  }

  @Test
  void threeArticlesThatAllShow120DoNotConflict() {
    Report report = CHECKER.check(List.of(
        article("plain", "Tanah longsor di Bogor menewaskan 120 orang, kata polisi."),
        article("zwsp", "Tanah longsor di Bogor menewaskan 1\u200b20 orang, kata BPBD."),
        article("rlo", "Tanah longsor di Bogor menewaskan \u202e021\u202c orang, kata Basarnas.")));

    assertThat(report.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(report.findings(Verdict.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("plain#1", "zwsp#1"));
    assertThat(report.problems()).extracting(Problem::source).containsExactly("rlo");
  }

  private static Article article(String id, String text) {
    return Article.builder(id, text).published(LocalDate.of(2025, 11, 3)).story("longsor").build();
  }

  @ParameterizedTest
  @CsvSource({
      "'\u00a0', 'Banjir menewaskan 10{0}000 orang.', 10000",
      "'\u2009', 'Banjir menewaskan 10{0}000 orang.', 10000",
      "'\u202f', 'Banjir menewaskan 10{0}000 orang.', 10000",
      "'\u2007', 'Banjir menewaskan 2{0}500{0}000 orang.', 2500000",
      "'\u2009', 'Banjir membuat 10{0}000,5 ribu orang mengungsi.', 10000500",
      "'\u00a0', 'The floods killed 10{0}000 people.', 10000",
      "'\u202f', 'The floods killed 1{0}234{0}567 people.', 1234567",
      "'\u2009', 'The floods displaced 3{0}500.5 thousand people.', 3500500"})
  void aThinOrNoBreakSpaceGroupsThousandsInBothLanguages(
      String space, String template, String value) {
    String text = template.replace("{0}", space);
    assertThat(onlyValue(analyse(text))).isEqualByComparingTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Banjir menewaskan 1\u00a02345 orang.", "Banjir menewaskan 1234\u2009567 orang.",
      "Banjir menewaskan 12\u202f34 orang."})
  void anInvalidGroupingIsNotJoinedIntoOneFigure(String text) {
    for (Claim c : analyse(text).claims()) {
      BigDecimal v = c.quantity().orElseThrow().low().orElseThrow();
      assertThat(v).isLessThan(new BigDecimal("10000"));
    }
  }

  @Test
  void fullwidthAndOtherScriptDigitsReadAsTheDigitsTheyAre() {
    assertThat(onlyValue(analyse("Banjir menewaskan \uff11\uff12\uff10 orang."))).isEqualByComparingTo("120");
    assertThat(onlyValue(analyse("Banjir menewaskan \u0661\u0662\u0660 orang."))).isEqualByComparingTo("120");
    assertThat(onlyValue(analyse("Banjir menewaskan \uff11\uff10\uff0e\uff10\uff10\uff10 orang.")))
        .isEqualByComparingTo("10000");
  }

  @Test
  void theScannersReadTheVisibleTextAndPointIntoTheTextAsGiven() {
    String text = "Sekitar 1\u200b0.000 tentara tiba pada 1\u200b9 Juni 2024, dan 10\u2009000 lainnya.";
    List<NumberExpression> numbers = NumberScanner.standard().scan(text, Language.INDONESIAN);
    Invariants.numbers(text, numbers);
    assertThat(numbers).extracting(n -> n.value().low().orElseThrow().toPlainString())
        .contains("10000");
    assertThat(numbers.get(0).text()).isEqualTo("Sekitar 1\u200b0.000");
    List<DateExpression> dates = DateScanner.standard().scan(text, Language.INDONESIAN, TODAY);
    Invariants.dates(text, dates);
    assertThat(dates).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("1\u200b9 Juni 2024");
      assertThat(d.value().orElseThrow().start()).isEqualTo(LocalDate.of(2024, 6, 19));
    });

    ArticleScan scan = CHECKER.scan(Article.of("s", text));
    assertThat(scan.expressions()).allSatisfy(e -> assertThat(e.text()).isEqualTo(e.span().of(text)));
    assertThat(NumberScanner.standard().scan("Hingga \u202e021\u202c orang", Language.INDONESIAN))
        .isEmpty();
  }
}
