package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.NullPointerTester;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.InferredDate.Basis;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReferenceDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final String FILLER =
      "Para pengamat menilai hubungan kedua negara terus berkembang dan banyak pihak mengikuti "
          + "perkembangan itu dengan saksama. ";

  private static InferredDate infer(String text) {
    Optional<InferredDate> d = ReferenceDates.infer(text, Language.INDONESIAN, TODAY);
    assertThat(d).as(text).isPresent();
    return d.get();
  }

  // ---- a nearby report's date picks among the years a weekday fits

  @Test
  void aWeekdayThatFitsSeveralYearsTakesTheOneNearestToANearbyReport() {
    // 2 January was a Thursday in 2014, 2020 and 2025
    String text = "Banjir merendam ratusan rumah warga pada Kamis (2/1) malam. " + FILLER;
    assertThat(ReferenceDates.infer(text, Language.INDONESIAN, TODAY).orElseThrow().date())
        .isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(ReferenceDates.infer(text, Language.INDONESIAN, TODAY, LocalDate.of(2020, 1, 4))
        .orElseThrow().date()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(ReferenceDates.infer(text, Language.INDONESIAN, TODAY, LocalDate.of(2013, 12, 20))
        .orElseThrow().date()).isEqualTo(LocalDate.of(2014, 1, 2));
    assertThat(ReferenceDates.infer(text, Language.INDONESIAN, TODAY, LocalDate.of(2026, 5, 1))
        .orElseThrow().date()).isEqualTo(LocalDate.of(2025, 1, 2));
  }

  @Test
  void aNearbyReportDoesNotOverrideAYearTheTextGives() {
    String anchored = "Hujan deras turun sejak tanggal 1 Desember 2024 di wilayah itu. "
        + "Banjir merendam rumah pada Kamis (2/1) malam. " + FILLER;
    assertThat(ReferenceDates.infer(anchored, Language.INDONESIAN, TODAY, LocalDate.of(2020, 1, 4))
        .orElseThrow().date()).isEqualTo(LocalDate.of(2025, 1, 2));
  }

  // ---- rule 1: dateline

  @Test
  void datelineNearTheStart() {
    String text =
        "Jakarta, Kamis (1/5/2025) - Pemerintah membuka posko baru. Posko lama dibuka "
            + "pada 12 Maret 2025.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(d.basis()).isEqualTo(Basis.DATELINE);
    assertThat(d.words()).isEqualTo("Kamis (1/5/2025)");
    assertThat(d.evidence().of(text)).isEqualTo("Kamis (1/5/2025)");
  }

  @Test
  void datelineInAReportingClauseFarFromTheStart() {
    String text =
        FILLER.repeat(8)
            + "Juru bicara itu mengatakan hal tersebut pada Senin (2/6/2025) di Seoul. "
            + "Foto diambil 14 Mei 2025.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(d.basis()).isEqualTo(Basis.DATELINE);
  }

  @Test
  void aDateInAppositionToTodayIsTheReportsDayWhateverTheFutureCue() {
    // "akan" governs the clause, but "hari ini, Senin, 2 Juni 2025" is the day of the report
    String text = "Pemerintah mengumumkan posko baru. TNI akan menggelar apel pasukan pada hari ini, "
        + "Senin, 2 Juni 2025, di Jakarta. Kunjungan itu berlangsung pada 4 Juni.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(d.basis()).isEqualTo(Basis.DATELINE);
  }

  @Test
  void weekdayThatDoesNotMatchIsNoDateline() {
    // 1 May 2025 was a Thursday
    String text = "Jakarta, Jumat (1/5/2025) - Pemerintah membuka posko baru.";
    InferredDate d = infer(text);
    assertThat(d.basis()).isNotEqualTo(Basis.DATELINE);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 5, 1));
  }

  // ---- rule 2: report day

  @Test
  void latestFullDateInAReportingClause() {
    String text =
        FILLER.repeat(8)
            + "Badan itu melaporkan pada 14 Maret 2025 bahwa stok beras cukup. "
            + "Laporan serupa disampaikan 2 Januari 2025. "
            + "Gudang itu dibangun 20 April 2025 lalu diresmikan.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(d.basis()).isEqualTo(Basis.REPORT_DAY);
  }

  @Test
  void datelineShapeWithoutWeekday() {
    String text = "SEOUL, 12 Mei 2025 - Parlemen membahas anggaran. Rapat serupa digelar 3 Juni 2025.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 5, 12));
    assertThat(d.basis()).isEqualTo(Basis.REPORT_DAY);
  }

  // ---- rule 3: latest date

  @Test
  void yearlessDayMonthFollowsTheLatestFullDate() {
    String text =
        FILLER.repeat(8)
            + "Perjanjian itu ditandatangani pada 19 Juni 2024 di ibu kota. "
            + "Parlemen meratifikasinya pada 6 November, dan sidang lanjutan digelar pada 2 Juli.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 11, 6));
    assertThat(d.basis()).isEqualTo(Basis.LATEST_DATE);
    assertThat(d.words()).isEqualTo("6 November");
  }

  @Test
  void aDayMonthJustBeforeTheLatestFullDateIsOfItsYear() {
    // "(3/9)" a day before "4 September 2024" is 3 September 2024, not 2025: the latest full date
    // (a schedule) stands
    String text =
        FILLER.repeat(8)
            + "Paus diterima Presiden pada Rabu, 4 September 2024 di Istana. "
            + "Personel pengamanan disiagakan, kata juru bicara dalam keterangannya (3/9).";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 9, 4));
    // two weeks before it or more, the day-month is placed after it, as before
    InferredDate later = infer(FILLER.repeat(8)
        + "Perjanjian itu ditandatangani pada 19 Juni 2024. Sidang digelar pada 2 Juni.");
    assertThat(later.date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void latestFullDateWhenNothingElse() {
    String text = FILLER.repeat(8) + "Bangunan itu berdiri 25 April 2019 dan dipugar 13 September 2023.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2023, 9, 13));
    assertThat(d.basis()).isEqualTo(Basis.LATEST_DATE);
  }

  @Test
  void yearlessDayMonthAloneGivesNoDate() {
    // no year, weekday or dated day anywhere: any year would be a guess
    String text = FILLER.repeat(8) + "Sidang digelar pada 6 Desember.";
    assertThat(ReferenceDates.infer(text, Language.INDONESIAN, TODAY)).isEmpty();
    String english = "The court met on Oct. 17 and again on Nov. 2, officials said.";
    assertThat(ReferenceDates.infer(english, Language.ENGLISH, TODAY)).isEmpty();
  }

  @Test
  void aWeekdayDateOfTheEventIsNotTheDateline() {
    // the lede dates the landslide; the speech tag later dates the report
    String text =
        "Tanah longsor yang terjadi di lereng bukit pada Jumat (7/3/2025) menimbun empat rumah. "
            + "\"Pencarian masih berlangsung,\" kata kepala desa, Minggu (9/3/2025).";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 9));
    assertThat(d.words()).isEqualTo("Minggu (9/3/2025)");
    String english = "A storm struck the port on Tuesday, March 4, 2025. Crews were still "
        + "clearing roads on Thursday, March 6, 2025, the mayor said.";
    assertThat(ReferenceDates.infer(english, Language.ENGLISH, TODAY))
        .map(InferredDate::date).contains(LocalDate.of(2025, 3, 6));
  }

  @Test
  void noReportIsDatedBeforeTheLatestDayItMentions() {
    // the weekday date near the start is older than a full date later in the text
    String text =
        "Jakarta, Senin (3/3/2025) - Warga membersihkan lumpur. Bantuan tiba pada 5 Maret 2025, "
            + "menurut relawan.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(d.basis()).isEqualTo(Basis.REPORT_DAY);
  }

  // ---- rule 4: weekday fixes the year

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no year anywhere: the latest year up to today in which 9 May is a Friday
        "Kedua pemimpin bertemu pada Jumat, 9 Mei, di ibu kota.| 2025-05-09 | Jumat, 9 Mei",
        // a caption from 2023: the first matching year not before it
        "Arsip foto 13 September 2023. Sang pemimpin pada Rabu (12/6) memuji sekutunya.| 2024-06-12"
            + " | Rabu (12/6)",
        // both: the weekday date is later than the year-less one placed before it
        "Menteri tiba pada Kamis (8/5) setelah kunjungan pada 2 Maret.| 2025-05-08 | Kamis (8/5)",
      })
  void weekdayYear(String text, LocalDate expected, String words) {
    InferredDate d = infer(FILLER.repeat(8) + text);
    assertThat(d.date()).isEqualTo(expected);
    assertThat(d.basis()).isEqualTo(Basis.WEEKDAY_YEAR);
    assertThat(d.words()).isEqualTo(words);
  }

  @Test
  void theYearMostWeekdaysAgreeOnWinsOverOneATypoMoved() {
    // 18 June is a Monday and 19 June a Tuesday in 2018 (and 2012); "Senin (19/6)", a typo, is
    // a Monday only in 2023 and 2017. Alone, the latest year of each weekday would give 2023.
    String text = FILLER.repeat(8)
        + "Pencarian dimulai pada Senin (18/6) pagi. Sejak Senin (19/6) tim menambah penyelam. "
        + "Kepala kantor SAR pada Selasa (19/6) mengatakan pencarian berlanjut.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2018, 6, 19));
    assertThat(d.basis()).isEqualTo(Basis.WEEKDAY_YEAR);
    assertThat(d.words()).isEqualTo("Selasa (19/6)");
    // the typo alone still gives its own latest year
    assertThat(infer(FILLER.repeat(8) + "Sejak Senin (19/6) tim menambah penyelam.").date())
        .isEqualTo(LocalDate.of(2023, 6, 19));
  }

  @Test
  void ofYearsTheWeekdaysFitEquallyTheYearTheTextNamesWins() {
    // 3 January is a Friday in 2020 and 2025; the text names 2020 as the year just begun.
    String text = FILLER.repeat(8) + "Hujan sejak pergantian tahun 2020 belum reda. Data BNPB pada"
        + " Jumat (3/1) mencatat korban bertambah sejak Kamis (2/1).";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2020, 1, 3));
    assertThat(d.basis()).isEqualTo(Basis.WEEKDAY_YEAR);
    // without it, the latest year up to today
    assertThat(infer(FILLER.repeat(8) + "Data BNPB pada Jumat (3/1) mencatat korban bertambah.")
        .date()).isEqualTo(LocalDate.of(2025, 1, 3));
  }

  @Test
  void laterDayMonthBeatsTheWeekdayDateWhenAnchored() {
    String text =
        FILLER.repeat(8)
            + "Arsip 13 September 2023. Rapat pada Rabu (12/6) lalu dilanjutkan pada 20 Agustus.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 8, 20));
    assertThat(d.basis()).isEqualTo(Basis.LATEST_DATE);
  }

  // ---- what is never evidence

  @Test
  void futureAndAfterTodayAreIgnored() {
    String text =
        FILLER.repeat(8)
            + "Konferensi itu akan digelar pada 20 Desember 2026. Konferensi lalu digelar 4 Mei 2026. "
            + "Proyek selesai 1 Januari 2027.";
    InferredDate d = infer(text);
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 5, 4));
  }

  @Test
  void relativeWordsAloneGiveNothing() {
    assertThat(
            ReferenceDates.infer(
                "Kemarin banjir melanda, dan pekan lalu hujan turun.", Language.INDONESIAN, TODAY))
        .isEmpty();
    assertThat(ReferenceDates.infer("", Language.INDONESIAN, TODAY)).isEmpty();
  }

  @Test
  void english() {
    String text = "SEOUL, Friday (May 9, 2025) - The two leaders met, officials said.";
    // the English weekday-with-date shape in parentheses
    Optional<InferredDate> d = ReferenceDates.infer(text, Language.ENGLISH, TODAY);
    assertThat(d).map(InferredDate::date).contains(LocalDate.of(2025, 5, 9));
    assertThat(d).map(InferredDate::basis).contains(Basis.DATELINE);
    String text2 =
        FILLER.repeat(8) + "At least 1,090 people died as of Dec. 20, 2025, the agency said.";
    assertThat(ReferenceDates.infer(text2, Language.ENGLISH, TODAY))
        .map(InferredDate::basis)
        .contains(Basis.REPORT_DAY);
  }

  @Test
  void nullArguments() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Language.class, Language.INDONESIAN);
    tester.setDefault(LocalDate.class, TODAY);
    tester.testAllPublicStaticMethods(ReferenceDates.class);
    assertThatNullPointerException()
        .isThrownBy(() -> new InferredDate(null, null, "x", Basis.DATELINE));
  }
}
