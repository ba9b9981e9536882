package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.english;
import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.extract.SubjectAttacher.CountedNoun;
import io.github.claimcheck.model.SubjectKey;
import org.junit.jupiter.api.Test;

class SubjectAttacherTest {

  /** The kind of the counting noun after the figure, or null. */
  private static String kindAfter(Example ex, String figure) {
    CountedNoun counted = ex.counted(figure);
    return counted.noun() == null ? null : counted.noun().value().kind();
  }

  @Test
  void theActorAfterTheCountedNounOwnsIt() {
    Example ex = indonesian("Sebanyak 600 tentara Korea Utara tewas dalam pertempuran di Kursk.");
    CountedNoun counted = ex.counted("600");
    assertThat(counted.noun().value().kind()).isEqualTo("soldiers");
    assertThat(counted.noun().from()).isEqualTo(ex.token("tentara"));
    // the actor follows the noun in Indonesian: none between the figure and the noun
    assertThat(counted.adjacentActor()).isNull();
    assertThat(counted.additionBetween()).isFalse();
    assertThat(new SubjectAttacher(ex.lx()).actorAfter(ex.tokens(), counted.noun().to()))
        .isEqualTo("north_korea");
  }

  @Test
  void anEnglishActorStandsBetweenTheFigureAndItsNoun() {
    Example ex = english("Rescuers found 3,000 North Korean troops dead near the border.");
    CountedNoun counted = ex.counted("3,000");
    assertThat(counted.adjacentActor().value()).isEqualTo("north_korea");
    assertThat(counted.noun().value().kind()).isEqualTo("soldiers");
    assertThat(counted.from()).isEqualTo(ex.token("troops"));
  }

  @Test
  void anActorAfterFromOwnsTheNounToo() {
    Example ex = indonesian("Sebanyak 500 tentara dari Korea Utara tiba di Rusia.");
    CountedNoun counted = ex.counted("500");
    assertThat(new SubjectAttacher(ex.lx()).actorAfter(ex.tokens(), counted.noun().to()))
        .isEqualTo("north_korea");
  }

  @Test
  void aNameOrModifiersMayStandBeforeTheNoun() {
    // "388 Maui residents": a place name between the figure and its noun
    assertThat(kindAfter(english("Officials evacuated 388 Maui residents overnight."), "388"))
        .isEqualTo("people");
    // "12 foreign tourists": a word qualifying the noun, in a language that puts it first
    Example tourists = english("Officials said 12 foreign tourists were evacuated.");
    assertThat(tourists.counted("12").noun().from()).isEqualTo(tourists.token("tourists"));
  }

  @Test
  void aGenericNounYieldsToTheNounThatSaysWhoTheyAre() {
    // "11 ribu orang tentara": the people are soldiers
    assertThat(kindAfter(indonesian("Sebanyak 11 ribu orang tentara dikerahkan ke perbatasan."),
        "11 ribu")).isEqualTo("soldiers");
    assertThat(kindAfter(indonesian("Sebanyak 300 orang mengungsi ke masjid."), "300"))
        .isEqualTo("people");
  }

  @Test
  void anAdditionCueBetweenTheFigureAndItsNounIsNoted() {
    Example ex = english("Russia received 1,500 more troops last week.");
    CountedNoun counted = ex.counted("1,500");
    assertThat(counted.additionBetween()).isTrue();
    assertThat(counted.noun().value().kind()).isEqualTo("soldiers");
  }

  @Test
  void aFigureFollowedByNoCountingNounHasNone() {
    // "12 kendaraan": vehicles are no counting noun of ours
    Example ex = indonesian("Banjir itu menghanyutkan 12 kendaraan.");
    CountedNoun counted = ex.counted("12");
    assertThat(counted.noun()).isNull();
    assertThat(counted.from()).isEqualTo(ex.token("kendaraan"));
  }

  @Test
  void theCountedNounMayPrecedeTheFigureInItsClause() {
    Example ex = indonesian("Korban jiwa di kalangan pasukan Korea Utara melebihi 3.000.");
    FigureSite site = ex.site("melebihi 3.000");
    Subject before = new SubjectAttacher(ex.lx()).nounBefore(ex.tokens(), site, ex.clause(), site.first());
    assertThat(before).isEqualTo(
        new Subject(SubjectKey.of("north_korea", "soldiers"), "soldiers", "soldiers"));
  }

  @Test
  void noNounBeforeTheFigureIsLookedForPastItsClause() {
    // the soldiers are in the clause before the comma
    Example ex = indonesian("Pasukan Korea Utara terus menyerang, 3.000 orang mengungsi.");
    FigureSite site = ex.site("3.000");
    assertThat(new SubjectAttacher(ex.lx()).nounBefore(ex.tokens(), site, ex.clause(), site.first()))
        .isNull();
  }

  @Test
  void theSenderIsTheActorNamedLastBeforeTheVerbInItsClause() {
    Example ex = indonesian("Korea Utara telah mengirim 10.000 tentara ke Rusia.");
    FigureSite site = ex.site("10.000");
    SubjectAttacher subjects = new SubjectAttacher(ex.lx());
    assertThat(subjects.nearestActorBefore(ex.tokens(), site, ex.clause(), ex.token("mengirim")))
        .isEqualTo("north_korea");
    // "Rusia" comes after the figure: not the sender
    Example other = indonesian("Pemerintah telah mengirim 10.000 tentara ke Rusia.");
    FigureSite otherSite = other.site("10.000");
    assertThat(subjects.nearestActorBefore(other.tokens(), otherSite, other.clause(),
        other.token("mengirim"))).isNull();
  }
}
