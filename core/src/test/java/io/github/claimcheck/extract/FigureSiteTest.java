package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.parse.NumberExpression;
import org.junit.jupiter.api.Test;

class FigureSiteTest {

  @Test
  void numbersInsideDatesAndNonQuantitiesAreNoFigures() {
    // "19 Juni" is a date; "90 persen" a percentage, not a count
    assertThat(indonesian("Pada 19 Juni, 600 orang tewas di Kursk.").annotated().figures())
        .extracting(NumberExpression::text).containsExactly("600");
    assertThat(indonesian("Sekitar 1.900 warga, atau hampir 90 persen penduduk desa, mengungsi.")
        .annotated().figures()).extracting(NumberExpression::text).containsExactly("Sekitar 1.900");
  }

  @Test
  void figuresKeepsTheQuantitiesOutsideTheDatesInTextOrder() {
    Example ex = indonesian("Pada 19 Juni, 600 orang tewas dan 20 orang hilang.");
    assertThat(FigureSite.figures(ex.annotated().figures(), ex.annotated().dates()))
        .extracting(NumberExpression::text).containsExactly("600", "20");
  }

  @Test
  void aSiteSpansTheFigureTokensAndKnowsItsIndex() {
    Example ex = indonesian("Sebanyak 11 ribu orang tentara dikerahkan, 40 di antaranya perwira.");
    FigureSite site = ex.site("11 ribu");
    assertThat(site.index()).isZero();
    assertThat(site.first()).isEqualTo(ex.token("11"));
    assertThat(site.last()).isEqualTo(ex.token("ribu"));
    assertThat(ex.annotated().view().sentence().text()
        .substring(site.span().start(), site.span().end())).isEqualTo("11 ribu");
    assertThat(ex.site("40").index()).isEqualTo(1);
  }

  @Test
  void aShortSentenceLiesWhollyWithinTheReach() {
    Example ex = indonesian("Sebanyak 600 tentara tewas dan 20 tentara hilang.");
    FigureSite site = ex.site("600");
    assertThat(site.reachFrom()).isZero();
    assertThat(site.reachTo()).isEqualTo(ex.tokens().size());
    assertThat(site.numbers()).extracting(NumberExpression::text).containsExactly("600", "20");
    assertThat(site.predicates()).extracting(m -> m.value().get(0).predicate())
        .containsExactly("killed", "missing");
    assertThat(site.cues()).extracting(PhraseTable.Match::value).contains(Cue.FILLER);
  }

  @Test
  void aFigureReachesAtMostReachTokensEitherSide() {
    // a run-on "sentence" with no full stop: the figure at its start does not see the end
    String text = "Sebanyak 5 orang tewas" + " dan hujan".repeat(150) + " sehingga 7 orang hilang";
    Example ex = indonesian(text);
    FigureSite five = ex.site("5");
    assertThat(five.reachTo()).isEqualTo(five.last() + 1 + FigureSite.REACH);
    assertThat(five.numbers()).extracting(NumberExpression::text).containsExactly("5");
    assertThat(five.predicates()).extracting(m -> m.value().get(0).predicate())
        .containsExactly("killed");
    FigureSite seven = ex.site("7");
    assertThat(seven.reachFrom()).isEqualTo(seven.first() - FigureSite.REACH);
    assertThat(seven.numbers()).extracting(NumberExpression::text).containsExactly("7");
  }
}
