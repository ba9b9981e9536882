package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.english;
import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.extract.PredicateAttacher.PartOf;
import io.github.claimcheck.extract.PredicateAttacher.PredicateChoice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateAttacherTest {

  private static PartOf partOf(Example ex, String figure) {
    FigureSite site = ex.site(figure);
    return new PredicateAttacher(ex.lx()).partOf(ex.view(), ex.annotated().figures(),
        site.index(), site.first(), ex.view().base());
  }

  private static String predicate(Example ex, String figure) {
    PredicateChoice c = ex.choice(figure);
    return c == null ? null : c.predicate();
  }

  @ParameterizedTest(name = "{1} in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      // a verb after the figure, the usual Indonesian order
      "Sebanyak 300 orang mengungsi ke masjid.|300|displaced",
      // a governing verb before the figure governs the figures joined after it
      "Serangan itu menewaskan 12 tentara dan 3 warga.|12|killed",
      "Serangan itu menewaskan 12 tentara dan 3 warga.|3|killed",
      // the relative clause describes the soldiers; the main verb says what is counted
      "Sebanyak 300 tentara yang dikirim ke Rusia telah tewas.|300|killed",
      // two predicates joined make a combined count
      "Sebanyak 20 orang tewas atau terluka dalam ledakan itu.|20|casualties",
      "Masih terdapat delapan korban lainnya yang belum ditemukan dari 25 korban.|delapan|missing",
  })
  void indonesianFiguresGetThePredicateOfTheirClause(String text, String figure, String expected) {
    assertThat(predicate(indonesian(text), figure)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "About 300 soldiers who were sent to Russia have died.|About 300|killed",
      // "to have died" is what they were thought; "had been found safe" what they are
      "Some 15 people thought to have died had been found safe.|Some 15|found_safe",
      "Another 1,000 people were evacuated on Friday.|1,000|evacuated",
      // the predicate stands in the subject of the verb that gives the count's size
      "The number of pupils confirmed dead after the fire at the old dormitory rose to 24.|24|killed",
  })
  void englishFiguresGetThePredicateOfTheirClause(String text, String figure, String expected) {
    assertThat(predicate(english(text), figure)).isEqualTo(expected);
  }

  @Test
  void theChoiceSaysWhereThePredicateStands() {
    Example ex = indonesian("Sebanyak 300 orang mengungsi ke masjid.");
    PredicateChoice c = ex.choice("300");
    assertThat(c.from()).isEqualTo(ex.token("mengungsi"));
    assertThat(c.to()).isEqualTo(ex.token("mengungsi") + 1);
    assertThat(c.weak()).isFalse();
    assertThat(c.relative()).isFalse();
    assertThat(c.addition()).isFalse();
  }

  @Test
  void aRelativeClauseWhoseMainVerbCountsNothingGivesNoPredicate() {
    // "were found" is the main verb, which no predicate tracks
    assertThat(english(
        "Fifty people who had been unaccounted for, though, were found on Tuesday.").choice("Fifty"))
        .isNull();
  }

  @Test
  void anOpenerClauseGivesItsPredicateToTheFigureAfterIt() {
    // "Dari yang meninggal, 10 orang ...": the figure's own clause has no predicate
    Example ex = indonesian("Dari yang meninggal, 10 orang berasal dari Bukit Batabuah.");
    PredicateChoice c = ex.choice("10");
    assertThat(c.predicate()).isEqualTo("killed");
    assertThat(c.from()).isEqualTo(ex.token("meninggal"));
    assertThat(c.weak()).isTrue();
  }

  @Test
  void partOfReadsNOfM() {
    Example ex = english("Officials said 55 of 75 confirmed dead had been identified.");
    assertThat(partOf(ex, "55").group().text()).isEqualTo("75");
    assertThat(partOf(ex, "55").isGroup()).isFalse();
    assertThat(partOf(ex, "75").isGroup()).isTrue();
    assertThat(partOf(ex, "75").group()).isNull();
    // the part takes the main verb, the group its own words
    assertThat(predicate(ex, "55")).isEqualTo("identified");
    assertThat(predicate(ex, "75")).isEqualTo("killed");
  }

  @Test
  void predicateMentionsSkipTrapsAndReadTheLongerForm() {
    Example trap = indonesian("Data korban menunjukkan 40 orang mengungsi.");
    // "data korban" is a trap: "korban" there names no predicate
    assertThat(new PredicateAttacher(trap.lx()).predicateMentions(trap.tokens()))
        .extracting(m -> m.value().get(0).predicate()).containsExactly("displaced");

    Example outrun = indonesian("Jumlah penumpang selamat sebanyak 40 orang.");
    List<PhraseTable.Match<List<Lexicon.PredicateForm>>> mentions =
        new PredicateAttacher(outrun.lx()).predicateMentions(outrun.tokens());
    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).value().get(0).predicate()).isEqualTo("found_safe");
    assertThat(mentions.get(0).to()).isEqualTo(outrun.token("selamat") + 1);
  }
}
