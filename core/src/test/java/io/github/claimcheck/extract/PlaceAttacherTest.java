package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.extract.PlaceAttacher.FigurePlace;
import io.github.claimcheck.model.Scope;
import org.junit.jupiter.api.Test;

class PlaceAttacherTest {

  /** The figure's place, with the fronted place found as ClaimFinder finds it. */
  private static FigurePlace place(Example ex, String figure, PartFinder.Place eventPart,
      Attribution attribution) {
    return place(ex, figure, eventPart, attribution, true);
  }

  /** As above; {@code eventPlaced}: whether the article's event names its place. */
  private static FigurePlace place(Example ex, String figure, PartFinder.Place eventPart,
      Attribution attribution, boolean eventPlaced) {
    PartFinder parts = new PartFinder(ex.lx());
    boolean[] blocked = ex.annotated().blocked();
    FigureSite site = ex.site(figure);
    return new PlaceAttacher(ex.lx(), parts).place(ex.view(), site, ex.objectEnd(figure),
        ex.nounStart(figure), blocked, parts.frontedPlace(ex.tokens(), blocked), eventPart,
        attribution, eventPlaced, null);
  }

  private static FigurePlace place(Example ex, String figure) {
    return place(ex, figure, null, Attribution.NONE);
  }

  private static String key(PartFinder.Place p) {
    return p == null ? null : p.key();
  }

  @Test
  void aPlaceOpeningTheSentenceIsTheFiguresPlace() {
    FigurePlace where = place(indonesian("Di Kabupaten Agam, 14 orang meninggal akibat banjir."), "14");
    assertThat(key(where.place())).isEqualTo("agam");
    assertThat(where.place().text()).isEqualTo("Kabupaten Agam");
    assertThat(where.fronted()).isTrue();
    assertThat(where.named()).isTrue();
    assertThat(where.distributive()).isFalse();
  }

  @Test
  void aPlaceAfterTheCountIsNamedButNotFronted() {
    FigurePlace where = place(indonesian("Sebanyak 14 orang meninggal di Kabupaten Agam."), "14");
    assertThat(key(where.place())).isEqualTo("agam");
    assertThat(where.fronted()).isFalse();
    assertThat(where.named()).isTrue();
  }

  @Test
  void aFigureForEachOfSeveralPlacesHasNoPlace() {
    FigurePlace where = place(
        indonesian("Di Kota Bekasi dan Kota Depok masing-masing 3 orang meninggal."), "3");
    assertThat(where.distributive()).isTrue();
    assertThat(where.place()).isNull();
  }

  @Test
  void theEventsPlaceStandsInButIsNotNamedByTheFigure() {
    Example ex = indonesian("Sebanyak 14 orang meninggal akibat banjir.");
    assertThat(place(ex, "14").place()).isNull();
    PartFinder.Place agam = new PartFinder.Place(0, 0, "agam", "Kabupaten Agam", true);
    FigurePlace where = place(ex, "14", agam, Attribution.NONE);
    assertThat(where.place()).isEqualTo(agam);
    // the event's place makes the figure no item of a list
    assertThat(where.named()).isFalse();
  }

  @Test
  void aLocalOfficialCountsTheLocalPart() {
    Example ex = indonesian("Sebanyak 14 orang meninggal, kata Kepala BPBD Kabupaten Agam.");
    FigurePlace where = place(ex, "14", null,
        new Attribution("Kepala BPBD Kabupaten Agam", null, false));
    assertThat(key(where.place())).isEqualTo("agam");
    assertThat(where.named()).isFalse();
    // with no source named, the area in the speech tag is nobody's jurisdiction
    assertThat(place(ex, "14").place()).isNull();
    // nor when the event's own place is not known: the official's area may be all of it
    assertThat(place(ex, "14", null, new Attribution("Kepala BPBD Kabupaten Agam", null, false),
        false).place()).isNull();
  }

  @Test
  void aPlaceAfterAPrepositionIsWhereTheSpeakerSpoke() {
    // the same source: its area is counted only when it is no place the speaker spoke in
    Attribution sekda = new Attribution("Sekda Kabupaten Malang", null, false);
    assertThat(key(place(indonesian("Sebanyak 14 orang meninggal, kata Sekda Kabupaten Malang."),
        "14", null, sekda).place())).isEqualTo("malang");
    assertThat(place(indonesian("Sebanyak 14 orang meninggal, kata Sekda di Kabupaten Malang."),
        "14", null, sekda).place()).isNull();
  }

  @Test
  void aCategoryOfTheCountedIsItsPart() {
    FigurePlace where = place(indonesian("Sebanyak 8 anak-anak tewas dalam kebakaran itu."), "8");
    assertThat(where.part()).isEqualTo(Scope.category("children", where.part().text()));
    assertThat(place(indonesian("Sebanyak 8 orang tewas dalam kebakaran itu."), "8").part()).isNull();
  }

  @Test
  void aStatusNextToTheFigureIsItsOwn() {
    Example ex = indonesian("Sebanyak 335 orang terdampak, luka berat 248 orang.");
    PlaceAttacher places = new PlaceAttacher(ex.lx(), new PartFinder(ex.lx()));
    FigureSite serious = ex.site("248");
    assertThat(places.statusNextTo(ex.tokens(), ex.clause(), serious.first(), ex.objectEnd("248")))
        .extracting(Scope::key).isEqualTo("serious");
    // the status is the next clause's: "335 orang" gets none
    FigureSite affected = ex.site("335");
    assertThat(places.statusNextTo(ex.tokens(), ex.clause(), affected.first(), ex.objectEnd("335")))
        .isNull();
  }

  @Test
  void aDistributiveFigureOrAnUnnamedPartIsAPartNoWordNames() {
    Example ex = indonesian("Di Kota Bekasi dan Kota Depok masing-masing 3 orang meninggal.");
    FigureSite site = ex.site("3");
    PlaceAttacher places = new PlaceAttacher(ex.lx(), new PartFinder(ex.lx()));
    Scope own = places.ownScope(ex.view(), site, null, true, null, false, true, ex.objectEnd("3"),
        ex.annotated().blocked());
    assertThat(own.key()).isEqualTo("part_at_" + site.span().start());
    assertThat(own.unnamed()).isTrue();
    // nothing distributive, no subset, no group: no scope of its own
    assertThat(places.ownScope(ex.view(), site, null, false, null, false, true, ex.objectEnd("3"),
        ex.annotated().blocked())).isNull();
  }

  @Test
  void aPartOfAGroupIsNamedAfterTheMarker() {
    Example ex = indonesian("Sebanyak 5 orang tewas, dua di antaranya anak-anak.");
    FigureSite site = ex.site("dua");
    PlaceAttacher places = new PlaceAttacher(ex.lx(), new PartFinder(ex.lx()));
    Scope own = places.ownScope(ex.view(), site, null, false, null, true, true, ex.objectEnd("dua"),
        ex.annotated().blocked());
    assertThat(own.key()).isEqualTo("children");
  }

  @Test
  void aPartNoWordNamesOfAGroupNotCountedIsTheWholeOfItsOwnCount() {
    Example ex = indonesian("Sebanyak 5 orang tewas, dua di antaranya di rumah sakit.");
    FigureSite site = ex.site("dua");
    PlaceAttacher places = new PlaceAttacher(ex.lx(), new PartFinder(ex.lx()));
    assertThat(places.ownScope(ex.view(), site, null, false, null, true, true, ex.objectEnd("dua"),
        ex.annotated().blocked()).unnamed()).isTrue();
    // "60 orang menjadi korban. Dua di antaranya tewas": the victims were not counted
    assertThat(places.ownScope(ex.view(), site, null, false, null, true, false,
        ex.objectEnd("dua"), ex.annotated().blocked())).isNull();
  }
}
