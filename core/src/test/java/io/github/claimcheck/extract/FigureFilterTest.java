package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFilterTest {

  private static boolean mayCount(Example ex, String figure) {
    return new FigureFilter(ex.lx()).mayCount(ex.view(), ex.site(figure));
  }

  @ParameterizedTest(name = "{2} in \"{1}\" counts nothing")
  @CsvSource(delimiter = '|', value = {
      // an age in brackets after a name
      "id|Korban bernama Herianto (25) ditemukan tewas.|25",
      // an age set off by commas after a name
      "id|Imam Syafii, 51, asal Ngantang, tewas tertimbun longsor bersama 3 warga lain.|51",
      // an age after an age word
      "id|Warga yang berusia 70 tahun itu selamat.|70",
      // a magnitude: people come in whole numbers
      "en|The 6.8 quake killed 40 people.|6.8",
      // a magnitude glued to its word (and no whole number either)
      "en|A 6.4-magnitude quake killed 40 people.|6.4",
  })
  void agesMeasuresAndGluedNumbersMayNotCount(String language, String text, String figure) {
    assertThat(mayCount(AnnotatedSentences.of(language, text), figure)).isFalse();
  }

  @ParameterizedTest(name = "{2} in \"{1}\" may count")
  @CsvSource(delimiter = '|', value = {
      "id|Imam Syafii, 51, asal Ngantang, tewas tertimbun longsor bersama 3 warga lain.|3",
      "en|The 6.8 quake killed 40 people.|40",
      "id|Sebanyak 600 tentara Korea Utara tewas dalam pertempuran di Kursk.|600",
  })
  void aWholeCountNextToThemMayCount(String language, String text, String figure) {
    assertThat(mayCount(AnnotatedSentences.of(language, text), figure)).isTrue();
  }

  @ParameterizedTest(name = "{2} in \"{1}\" is part of a name")
  @CsvSource(delimiter = '|', value = {
      // the number grammar already keeps these out of the figures; the filter is a second guard
      "en|The plane, Flight 610, carried 189 people.|610",
      "id|Pesawat JT 610 membawa 189 penumpang.|610",
      "id|Petugas menemukan jenazah di rumah nomor 12 yang ditinggali 5 orang.|12",
      // a capitalised number word after a name word
      "id|Warga Kepulauan Seribu kini aman.|Seribu",
  })
  void numbersInNamesNameSomething(String language, String text, String number) {
    Example ex = AnnotatedSentences.of(language, text);
    assertThat(new FigureFilter(ex.lx()).namesSomething(ex.view(), ex.token(number))).isTrue();
  }

  @Test
  void theCountAfterANameIsNoName() {
    Example ex = AnnotatedSentences.of("id", "Pesawat JT 610 membawa 189 penumpang.");
    assertThat(new FigureFilter(ex.lx()).namesSomething(ex.view(), ex.token("189"))).isFalse();
    assertThat(mayCount(ex, "189")).isTrue();
  }

  @Test
  void kinWithAPossessiveIsOneFamilysStory() {
    Example own = AnnotatedSentences.of("id", "Dua anaknya masih hilang.");
    Example any = AnnotatedSentences.of("id", "Dua anak masih hilang.");
    assertThat(new FigureFilter(own.lx()).ownKinAfter(own.tokens(), own.site("Dua").last())).isTrue();
    // "anak" alone: children, no one's own
    assertThat(new FigureFilter(any.lx()).ownKinAfter(any.tokens(), any.site("Dua").last())).isFalse();
  }

  @ParameterizedTest(name = "\"{1}\" after {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      // a noun we do not count
      "id|Banjir itu menghanyutkan 12 kendaraan.|12|true",
      // places, not people
      "id|Bencana itu menimpa 3 Kecamatan di Agam.|3|true",
      // a predicate right after the figure says what happened, not what is counted
      "en|Officials said 12 died in the blast.|12|false",
  })
  void aWordAfterTheFigureMayCountSomethingElse(String language, String text, String figure,
      boolean expected) {
    Example ex = AnnotatedSentences.of(language, text);
    assertThat(new FigureFilter(ex.lx()).countsSomethingElse(ex.view(), ex.site(figure).last() + 1))
        .isEqualTo(expected);
  }
}
