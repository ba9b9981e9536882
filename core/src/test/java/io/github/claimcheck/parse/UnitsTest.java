package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Units of quantities (issue 16): how they are read, normalised and loaded from the tables. */
class UnitsTest {

  private static final NumberScanner SCANNER = NumberScanner.standard();

  private static NumberExpression only(String text, Language language) {
    List<NumberExpression> found = SCANNER.scan(text, language);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyExpressionWithAUnitHasItWrittenAndNormalisedAndItsSpan() {
    String text = "Ada 62.000 kepala keluarga, 5 ton beras, Rp 2,5 triliun, 40 persen dan "
        + "US$ 3 juta serta 5 juta dolar Singapura.";
    List<NumberExpression> found = SCANNER.scan(text, Language.INDONESIAN);
    assertThat(found).extracting(NumberExpression::unit)
        .containsExactly("kepala keluarga", "ton", "Rp", "persen", "US$", "dolar Singapura");
    assertThat(found).extracting(NumberExpression::unitNormalized)
        .containsExactly("household", "t", "IDR", "%", "USD", "SGD");
    for (NumberExpression e : found) {
      assertThat(e.unitSpan().of(text)).isEqualTo(e.unit());
    }
  }

  @Test
  void aRateNamesWhatTheUnitIsCountedPerButItsSpanIsTheUnitAlone() {
    String text = "Brent settled at $84.20 a barrel.";
    NumberExpression e = only(text, Language.ENGLISH);
    assertThat(e.type()).isEqualTo(ExpressionType.MONEY);
    assertThat(e.unit()).isEqualTo("$ a barrel");
    assertThat(e.unitNormalized()).isEqualTo("USD/barrel");
    assertThat(e.unitSpan().of(text)).isEqualTo("$");
    assertThat(only("Prices rose a year ago to $80.", Language.ENGLISH).unit()).isEqualTo("$");
    assertThat(only("It cost $80 a year ago.", Language.ENGLISH).unit()).isEqualTo("$");
  }

  @Test
  void lettersWrittenTogetherWithASignMustBeTogetherInTheText() {
    assertThat(only("The fee is A$5.", Language.ENGLISH).unitNormalized()).isEqualTo("AUD");
    assertThat(only("They paid a $5 fee.", Language.ENGLISH).unitNormalized()).isEqualTo("USD");
  }

  @Test
  void anExactSpellingDecidesBetweenUnitsOfOneKey() {
    assertThat(only("Phones with 5G sold well.", Language.ENGLISH).unitNormalized())
        .isEqualTo("generation");
    assertThat(only("Add 5g of salt.", Language.ENGLISH).unitNormalized()).isEqualTo("g");
  }

  @Test
  void aUnitReadOnlyGluedToItsNumberIsNoUnitApart() {
    assertThat(only("The stock rose to 164p.", Language.ENGLISH).type())
        .isEqualTo(ExpressionType.MONEY);
    NumberExpression apart = only("Turn to page 164 p for more.", Language.ENGLISH);
    assertThat(apart.unit()).isNull();
    assertThat(apart.type()).isEqualTo(ExpressionType.QUANTITY);
  }

  @Test
  void aScaleLetterAfterDigitsIsAScaleOnlyForMoneyCapitalsOrCountingNouns() {
    assertThat(only("The 100m final.", Language.ENGLISH).unitNormalized()).isEqualTo("m");
    assertThat(only("The £5m deal.", Language.ENGLISH).value()).isEqualTo(Quantity.exact(5_000_000));
    assertThat(only("Some 3m people voted.", Language.ENGLISH).value())
        .isEqualTo(Quantity.approximately(3_000_000));
  }

  @Test
  void poundsAreMoneyAfterAScaleWordAndAWeightOtherwise() {
    assertThat(only("It cost 788 million pounds.", Language.ENGLISH).unitNormalized())
        .isEqualTo("GBP");
    assertThat(only("He lost 20 pounds.", Language.ENGLISH).unitNormalized()).isEqualTo("lb");
  }

  @Test
  void aChangeGivesItsFromValueTheUnitAndScaleOfWhatItBecame() {
    List<NumberExpression> found =
        SCANNER.scan("Sales rose from 5 to 7 million dollars.", Language.ENGLISH);
    assertThat(found).extracting(NumberExpression::value)
        .containsExactly(Quantity.exact(5_000_000), Quantity.exact(7_000_000));
    assertThat(found).extracting(NumberExpression::unitNormalized).containsExactly("USD", "USD");
    assertThat(found.get(1).has(NumberMarker.NEW_TOTAL)).isTrue();
    // a value far apart from the new one keeps its own scale
    List<NumberExpression> apart =
        SCANNER.scan("The toll rose from 500 to 1.2 million people.", Language.ENGLISH);
    assertThat(apart.get(0).value()).isEqualTo(Quantity.exact(500));
  }

  @Test
  void anUnknownPluralAfterANumberIsItsCountingNounInEnglishOnly() {
    NumberExpression e = only("The firm opened 12 offices.", Language.ENGLISH);
    assertThat(e.unit()).isEqualTo("offices");
    assertThat(e.unitNormalized()).isEqualTo("offices");
    assertThat(only("Only one remains open.", Language.ENGLISH).unit()).isNull();
    assertThat(only("Some 12 was the answer.", Language.ENGLISH).unit()).isNull();
    assertThat(only("Ada 12 kantor.", Language.INDONESIAN).unit()).isNull();
  }

  @Test
  void theOldConstructorNormalisesTheUnitToItselfAndAllUnitFieldsGoTogether() {
    NumberExpression old = new NumberExpression(ExpressionType.QUANTITY, Span.of(0, 1), "5",
        Quantity.exact(5), "orang", Span.of(2, 7), Set.of());
    assertThat(old.unitNormalized()).isEqualTo("orang");
    assertThatThrownBy(() -> new NumberExpression(ExpressionType.QUANTITY, Span.of(0, 1), "5",
        Quantity.exact(5), "orang", Span.of(2, 7), null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must all be given or all be null");
  }

  @Test
  void theScanListingShowsTheNormalisedUnitAndTheWrittenOne() {
    Expression e = Expression.of(only("Harganya Rp 5 juta.", Language.INDONESIAN));
    assertThat(e.unit()).contains("Rp");
    assertThat(e.unitNormalized()).contains("IDR");
    assertThat(e.toString()).endsWith("= 5000000 IDR (Rp)");
  }

  // ---------------------------------------------------------------- loading the tables

  private static Lexicon lexicon(String units) {
    Map<String, String> files = Map.of("units.tsv", units);
    return Lexicon.load(LanguageProfile.english(), file -> {
      List<LanguageProfile.DataLine> lines = new ArrayList<>();
      String content = files.getOrDefault(file, "");
      int no = 0;
      for (String l : content.split("\n")) {
        no++;
        if (!l.isBlank()) {
          lines.add(new LanguageProfile.DataLine("lang/en/" + file, no, l));
        }
      }
      return lines;
    });
  }

  @Test
  void aSecondLooseEntryOfOneKindAndSurfaceFailsNamingFileAndLine() {
    assertThatThrownBy(() -> lexicon("kb\tmeasure\tkB\nKB\tmeasure\tkB\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lang/en/units.tsv:2")
        .hasMessageContaining("mark one of the spellings 'exact'");
    assertThatThrownBy(() -> lexicon("km\tlength\tkm\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lang/en/units.tsv:1");
  }

  @Test
  void flagsAndExactSpellingsAreReadFromTheValueColumns() {
    Lexicon lex = lexicon("g\tmeasure\tg\nG\tmeasure\tgeneration\texact,glued\ns\tnoun_suffix\n"
        + "capitalised_names\tsetting\n");
    List<Item> items = lex.segment(TextTokens.of("G g").numberTokens());
    Entry upper = items.get(0).entry(Kind.MEASURE);
    assertThat(upper.code()).isEqualTo("generation");
    assertThat(upper.is("glued")).isTrue();
    assertThat(items.get(1).entry(Kind.MEASURE).code()).isEqualTo("g");
    assertThat(lex.hasNounSuffix("offices")).isTrue();
    assertThat(lex.setting("capitalised_names")).isTrue();
    assertThat(lexicon("").setting("capitalised_names")).isFalse();
  }
}
