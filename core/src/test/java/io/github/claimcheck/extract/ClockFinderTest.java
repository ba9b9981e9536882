package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockFinderTest {

  private static final ClockFinder ID = ClockFinder.of(Language.INDONESIAN);
  private static final ClockFinder EN = ClockFinder.of(Language.ENGLISH);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Data diperbarui hingga pukul 17.00 WIB.| pukul 17.00 WIB | 17:00+07:00",
        "Laporan masuk pukul 19.34 WIB kemarin.| pukul 19.34 WIB | 19:34+07:00",
        "Rapat selesai 20.00 Wita di posko.| 20.00 Wita | 20:00+08:00",
        "Kapal merapat jam 06.15 WIT di Ambon.| jam 06.15 WIT | 06:15+09:00",
        "Posko mencatat data pukul 9.05 pagi itu.| pukul 9.05 | 09:05",
        "20.00 Wita, posko ditutup.| 20.00 Wita | 20:00+08:00",
      })
  void indonesianClockTimes(String sentence, String words, String time) {
    List<ClockFinder.Clock> found = ID.find(sentence, List.of());
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo(words);
      assertThat(c.span().of(sentence)).isEqualTo(words);
      assertThat(c.time()).hasToString(time);
      assertThat(c.partOfDay()).isFalse();
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The count was updated at 3 p.m. on Friday.| at 3 p.m. | 15:00",
        "As of 5:30 p.m., crews had cleared the road.| As of 5:30 p.m. | 17:30",
        "Rescuers resumed work at 12 a.m. local time.| at 12 a.m. | 00:00",
        "The plane landed at 14:20 GMT.| at 14:20 GMT | 14:20Z",
        "Shelters opened at 10 am near the river.| at 10 am | 10:00",
        "Power returned by 7 PM Sunday.| by 7 PM | 19:00",
        "Flights resumed at 6 GMT am, the airline said.| at 6 GMT am | 06:00Z",
      })
  void englishClockTimes(String sentence, String words, String time) {
    assertThat(EN.find(sentence, List.of())).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo(words);
      assertThat(c.time()).hasToString(time);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Gempa bermagnitudo 5.40 mengguncang pesisir.",
    "Sebanyak 10.000 warga mengungsi, 24 jam setelah gempa.",
    "Pilot itu memiliki 6.000 jam terbang.",
    "Pukul rata, tiap keluarga menerima 25 kilogram beras.",
    "Pusat gempa berada pada 8.30 lintang selatan.",
  })
  void numbersThatAreNoTimeOfDay(String sentence) {
    assertThat(ID.find(sentence, List.of())).isEmpty();
  }

  @Test
  void aPartOfTheDayCountsOnlyNextToADay() {
    String sentence = "Korban bertambah hingga Kamis sore, dan sore itu hujan turun.";
    int day = sentence.indexOf("Kamis");
    List<ClockFinder.Clock> found = ID.find(sentence, List.of(Span.of(day, day + 5)));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("sore");
      assertThat(c.span().start()).isEqualTo(day + 6);
      assertThat(c.partOfDay()).isTrue();
      assertThat(c.time()).isEqualTo(ClockTime.of(LocalTime.of(16, 0)));
    });
    assertThat(ID.find(sentence, List.of())).isEmpty();
  }

  @Test
  void aPartOfTheDayBeforeADateInParentheses() {
    String sentence = "Sampai dengan Selasa malam (7/3), korban jiwa menjadi 23 orang.";
    int date = sentence.indexOf("(7/3)");
    assertThat(ID.find(sentence, List.of(Span.of(date, date + 5))))
        .singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("malam"));
  }

  @Test
  void englishPartsOfTheDay() {
    String sentence = "The mayor spoke Sunday night about the list.";
    int day = sentence.indexOf("Sunday");
    assertThat(EN.find(sentence, List.of(Span.of(day, day + 6))))
        .singleElement()
        .satisfies(c -> assertThat(c.time()).isEqualTo(ClockTime.of(LocalTime.of(21, 0))));
  }

  @Test
  void zonesCompareAcrossOffsets() {
    String sentence = "Data pukul 17.00 WIB dan pukul 19.00 WITA.";
    List<ClockFinder.Clock> found = ID.find(sentence, List.of());
    assertThat(found).hasSize(2);
    assertThat(found.get(0).time().offset()).contains(ZoneOffset.ofHours(7));
    // 19.00 WITA is 18.00 WIB: after 17.00 WIB
    assertThat(found.get(0).time().isBefore(found.get(1).time())).isTrue();
  }
}
