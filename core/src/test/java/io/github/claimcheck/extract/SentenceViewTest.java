package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.english;
import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.parse.NumberExpression;
import org.junit.jupiter.api.Test;

/** The sentence view, the clauses it is cut into ({@link Clauses}) and the annotator that builds it. */
class SentenceViewTest {

  /** The clause of the token whose text is {@code word}. */
  private static int clauseOf(Example ex, String word) {
    return ex.clause()[ex.token(word)];
  }

  @Test
  void anAsideOpenedByAnAsideWordIsAClauseOfItsOwnAndTheClauseBeforeGoesOnAfterIt() {
    Example ex = indonesian(
        "Sekitar 1.900 warga, atau hampir 90 persen penduduk desa, mengungsi ke balai desa.");
    assertThat(clauseOf(ex, "hampir")).isNotEqualTo(clauseOf(ex, "warga"));
    // the verb after the aside is in the clause of the figure it belongs to
    assertThat(clauseOf(ex, "mengungsi")).isEqualTo(clauseOf(ex, "warga"));
  }

  @Test
  void namesSetOffByCommasAreAClauseOfTheirOwnAndTheClauseGoesOn() {
    Example id = indonesian("Satu korban lagi, Dasril, belum ditemukan hingga kini.");
    assertThat(clauseOf(id, "Dasril")).isNotEqualTo(clauseOf(id, "korban"));
    assertThat(clauseOf(id, "ditemukan")).isEqualTo(clauseOf(id, "korban"));

    Example en = english(
        "Three guides, namely Ann Lee, Bo Park and Cy Tan, were missing after 12 people died.");
    assertThat(clauseOf(en, "Park")).isNotEqualTo(clauseOf(en, "guides"));
    assertThat(clauseOf(en, "missing")).isEqualTo(clauseOf(en, "guides"));
  }

  @Test
  void aListOfNamesClosedByAConjunctionIsOneClauseWithTheVerbAfterIt() {
    // "Agam, Padang, dan Solok" is one coordinated name, not names aside nor clauses of their own
    Example ex = indonesian("Banjir melanda Agam, Padang, dan Solok sehingga 40 rumah rusak.");
    assertThat(clauseOf(ex, "Padang")).isEqualTo(clauseOf(ex, "Agam"));
    assertThat(clauseOf(ex, "rusak")).isEqualTo(clauseOf(ex, "Solok"));
    Example personnel = indonesian("Sebanyak 900 personel dari Polri, TNI, dan Satpol PP dikerahkan.");
    assertThat(clauseOf(personnel, "dikerahkan")).isEqualTo(clauseOf(personnel, "personel"));
  }

  @Test
  void namesNoConjunctionClosesStillBreakTheClause() {
    Example ex = indonesian("Menurut data BNPB, Basarnas mencatat 40 rumah rusak.");
    assertThat(clauseOf(ex, "Basarnas")).isNotEqualTo(clauseOf(ex, "BNPB"));
  }

  @Test
  void aSentenceOpenedBySubsetOpenerKnowsWhereTheOpenerEnds() {
    Example opened = english("Of those killed, 101 were children.");
    assertThat(opened.view().opensWith(Cue.SUBSET_OF)).isTrue();
    assertThat(opened.view().openerEnd()).isEqualTo(opened.token(","));

    Example plain = english("Another 1,000 people were evacuated on Friday.");
    assertThat(plain.view().opensWith(Cue.SUBSET_OF)).isFalse();
    assertThat(plain.view().openerEnd()).isEqualTo(-1);
  }

  @Test
  void clauseBreakFromFindsTheFirstBreakOrTheEnd() {
    Example ex = indonesian("Di Kabupaten Agam, 14 orang meninggal akibat banjir.");
    int comma = ex.token(",");
    assertThat(ex.view().clauseBreakFrom(0, ex.tokens().size())).isEqualTo(comma);
    // no break in [comma + 1, comma + 3): the end of the stretch
    assertThat(ex.view().clauseBreakFrom(comma + 1, comma + 3)).isEqualTo(comma + 3);
  }

  @Test
  void aPredicateAfterARelativeWordOpensARelativeClause() {
    Example ex = indonesian("Sebanyak 300 tentara yang dikirim ke Rusia telah tewas.");
    assertThat(ex.view().relative(ex.token("dikirim"))).isTrue();
    // "Rusia" (capitalised) stands between "yang" and "tewas": the main verb
    assertThat(ex.view().relative(ex.token("tewas"))).isFalse();
  }

  @Test
  void anAuxiliaryOfAnInfinitiveIsNoFiniteAuxiliary() {
    Example ex = english("Some 15 people thought to have died had been found safe.");
    assertThat(ex.view().finiteAuxiliaryBefore(ex.token("found"))).isTrue();
    // "to have died": what they were thought, not what they are
    assertThat(ex.view().finiteAuxiliaryBefore(ex.token("died"))).isFalse();
  }

  @Test
  void semicolonsAndTitleCaseAreSentenceWideFacts() {
    Example list = indonesian("Agam: 20 orang; Padang: 4 orang; Solok: 2 orang.");
    assertThat(list.view().semicolons()).isEqualTo(2);
    assertThat(list.view().semicolonBetween(list.token("20"), list.token("4"))).isTrue();
    assertThat(list.view().titleCase()).isFalse();

    Example headline = indonesian("Banjir Bandang di Garut Tewaskan 12 Orang");
    assertThat(headline.view().titleCase()).isTrue();
    assertThat(headline.view().semicolons()).isZero();
  }

  @Test
  void aSentenceWithNoFigureAndNoDateIsQuiet() {
    Example ex = indonesian("Hujan deras masih mengguyur kota itu.");
    assertThat(ex.annotated().quiet()).isTrue();
    assertThat(ex.annotated().cues()).isEmpty();
    assertThat(ex.annotated().blocked()).isNull();
  }

  @Test
  void theAnnotatorBlocksFiguresAndDatesAndMarksDatedTokens() {
    Example ex = indonesian("Pada 19 Juni, 600 orang tewas di Kursk.");
    // "19" lies in a date: no figure
    assertThat(ex.annotated().figures()).extracting(NumberExpression::text).containsExactly("600");
    assertThat(ex.annotated().dates()).hasSize(1);
    boolean[] blocked = ex.annotated().blocked();
    assertThat(blocked[ex.token("19")]).isTrue();
    assertThat(blocked[ex.token("600")]).isTrue();
    assertThat(blocked[ex.token("orang")]).isFalse();
    assertThat(ex.view().dated(ex.token("Juni"))).isTrue();
    assertThat(ex.view().dated(ex.token("600"))).isFalse();
    assertThat(ex.annotated().predicates()).extracting(m -> m.value().get(0).predicate())
        .containsExactly("killed");
  }
}
