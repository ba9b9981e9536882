package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.english;
import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.model.ClaimFlag;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagAttacherTest {

  private static boolean subset(Example ex, String figure, boolean countedBefore) {
    return new FlagAttacher(ex.lx()).subset(ex.view(), ex.site(figure), countedBefore);
  }

  /**
   * The flags of the figure as ClaimFinder works them out for a sentence read alone, with
   * {@code othersOfAnotherCount} and the source given.
   */
  private static Set<ClaimFlag> flags(Example ex, String figure, boolean othersOfAnotherCount,
      Attribution attribution) {
    FigureSite site = ex.site(figure);
    boolean additionCue = ex.view().flagged(ClaimFlag.ADDITION, FlagCues.Anchor.FIGURE, site.first())
        || ex.counted(figure).additionBetween();
    FlagAttacher flagsOf = new FlagAttacher(ex.lx());
    boolean subset = flagsOf.subset(ex.view(), site, site.index() > 0);
    boolean citesEarlier =
        ex.annotated().cues().stream().anyMatch(m -> m.value() == Lexicon.Cue.EARLIER);
    return flagsOf.flags(ex.view(), site, ex.choice(figure), ex.objectEnd(figure), additionCue,
        false, othersOfAnotherCount, subset, citesEarlier, attribution);
  }

  private static Set<ClaimFlag> flags(Example ex, String figure) {
    return flags(ex, figure, false, Attribution.NONE);
  }

  @ParameterizedTest(name = "{1} in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "Another 1,000 people were evacuated on Friday.|1,000|ADDITION",
      "Russia received 1,500 more troops last week.|1,500|ADDITION",
      // the old value of a change
      "The death toll rose to 97, down from 115, officials said.|115|EARLIER",
      "Of those killed, 101 were children.|101|SUBSET",
  })
  void englishCuesGiveTheirFlag(String text, String figure, ClaimFlag flag) {
    assertThat(flags(english(text), figure)).containsExactly(flag);
  }

  @ParameterizedTest(name = "{1} in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "Pemerintah akan mengirim 500 tentara ke Papua.|500|PLANNED",
      "Dengan ditemukannya 3 korban, jumlah korban menjadi 20 orang.|3|INCREMENT",
      // the change, not the value before it
      "Jumlah korban bertambah 19 orang sehingga totalnya menjadi 1.090 orang.|19|CHANGE",
  })
  void indonesianCuesGiveTheirFlag(String text, String figure, ClaimFlag flag) {
    assertThat(flags(indonesian(text), figure)).containsExactly(flag);
  }

  @Test
  void theNewValueOfAChangeIsNotEarlier() {
    assertThat(flags(english("The death toll rose to 97, down from 115, officials said."), "97"))
        .isEmpty();
    assertThat(flags(indonesian("Jumlah korban bertambah 19 orang sehingga totalnya menjadi 1.090 orang."),
        "1.090")).isEmpty();
  }

  @Test
  void anotherAfterACountOfAnotherPredicateNamesOthersOfTheGroup() {
    Example ex = english("Thirty people were killed and another 100 were injured.");
    assertThat(flags(ex, "100", false, Attribution.NONE)).contains(ClaimFlag.ADDITION);
    // "another 100" after the killed: the injured are others of the group, not an addition
    assertThat(flags(ex, "100", true, Attribution.NONE)).doesNotContain(ClaimFlag.ADDITION);
  }

  @Test
  void anAgentlessPassiveIsAnUnnamedSource() {
    Example ex = indonesian("Dilaporkan 30 orang hilang.");
    assertThat(flags(ex, "30", false, new Attribution(null, null, true)))
        .containsExactly(ClaimFlag.UNNAMED_SOURCE);
    assertThat(flags(ex, "30", false, new Attribution("BPBD", null, true))).isEmpty();
  }

  @Test
  void aSubsetOpenerWithAFigureOfItsOwnIsTheGroup() {
    Example ex = english("Of the 55 passengers on board, 33 were women.");
    assertThat(subset(ex, "55", false)).isFalse();
    assertThat(subset(ex, "33", true)).isTrue();
  }

  @Test
  void includingMarksASubsetOnlyAfterAnotherCount() {
    Example ex = english("Some 26 foreign victims, including five from Iran, were identified.");
    assertThat(subset(ex, "five", true)).isTrue();
    assertThat(subset(ex, "five", false)).isFalse();
    assertThat(subset(ex, "Some 26", false)).isFalse();
  }

  @Test
  void anIndonesianOpenerAndMarkerMakeSubsets() {
    assertThat(subset(indonesian("Dari yang meninggal, 10 orang berasal dari Bukit Batabuah."), "10",
        false)).isTrue();
    // "dua di antaranya": the number grammar marks the part
    Example marked = indonesian("Sebanyak 5 orang tewas, dua di antaranya anak-anak.");
    assertThat(subset(marked, "dua", true)).isTrue();
    assertThat(subset(marked, "5", false)).isFalse();
  }
}
