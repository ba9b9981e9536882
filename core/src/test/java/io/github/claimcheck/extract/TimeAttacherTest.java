package io.github.claimcheck.extract;

import static io.github.claimcheck.extract.AnnotatedSentences.english;
import static io.github.claimcheck.extract.AnnotatedSentences.indonesian;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.AnnotatedSentences.Example;
import io.github.claimcheck.extract.TimeAttacher.FigureTime;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.DateExpression;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeAttacherTest {

  private static final LocalDate DEC_2022 = LocalDate.of(2022, 12, 7);

  private static FigureTime timeOf(Example ex, String figure, boolean thenCue, DateExpression thenDate) {
    return new TimeAttacher(ex.lx(), ex.language(), ex.reference()).timeOf(ex.annotated(),
        ex.site(figure), thenCue, thenDate, false);
  }

  private static FigureTime timeOf(Example ex, String figure) {
    return timeOf(ex, figure, false, null);
  }

  @Test
  void theDateInTheFiguresClauseIsItsTime() {
    Example ex = AnnotatedSentences.of(Language.INDONESIAN,
        "Menurut BPBD, pada Senin (5/12) sebanyak 13 orang meninggal.", DEC_2022);
    FigureTime time = timeOf(ex, "13");
    assertThat(time.value()).isEqualTo(DateValue.day(LocalDate.of(2022, 12, 5)));
    assertThat(time.text()).isEqualTo("Senin (5/12)");
    assertThat(time.flags()).isEmpty();
    assertThat(time.clock()).isNull();
  }

  @Test
  void aDateInAClauseOfItsOwnFramesTheSentence() {
    assertThat(timeOf(indonesian("Pada 19 Juni, 600 orang tewas di Kursk."), "600").value())
        .isEqualTo(DateValue.day(LocalDate.of(2024, 6, 19)));
    assertThat(timeOf(indonesian("Kemarin, 12 orang meninggal akibat longsor."), "12").value())
        .isEqualTo(DateValue.day(AnnotatedSentences.REFERENCE.minusDays(1)));
    // a weekday in English: the last one before the reference date (a Thursday)
    assertThat(timeOf(english("Another 1,000 people were evacuated on Friday."), "1,000").value())
        .isEqualTo(DateValue.day(LocalDate.of(2024, 6, 14)));
  }

  @Test
  void aDateThatStartsAPeriodOrDatesTheEventIsNotTheFiguresTime() {
    // "sejak": the toll is as of now, the period started then
    FigureTime since = timeOf(indonesian("Sejak Senin (3/6) sebanyak 20 orang tewas."), "20");
    assertThat(since.date()).isNull();
    assertThat(since.value()).isNull();
    // "banjir yang terjadi pada Sabtu": the flood's day, not the toll's
    assertThat(timeOf(indonesian("Korban banjir yang terjadi pada Sabtu (15/6) mencapai 20 orang."),
        "20").value()).isNull();
  }

  @Test
  void theDateGivesItsFlags() {
    FigureTime mismatch = timeOf(AnnotatedSentences.of(Language.INDONESIAN,
        "Pada Selasa (5/12) sebanyak 13 orang meninggal.", DEC_2022), "13");
    // 5 December 2022 was a Monday
    assertThat(mismatch.flags()).containsExactly(ClaimFlag.WEEKDAY_MISMATCH);
    FigureTime asOf = timeOf(indonesian("Hingga Kamis (20/6) pukul 10.00 WIB, 45 orang dilaporkan hilang."),
        "45");
    assertThat(asOf.flags()).containsExactly(ClaimFlag.AS_OF);
  }

  @Test
  void aClockThatFramesTheSentenceIsTheFiguresTimeOfDay() {
    FigureTime time = timeOf(indonesian("Hingga pukul 15.00 WIB, 225 orang sudah dievakuasi."), "225");
    assertThat(time.date()).isNull();
    assertThat(time.clock().text()).isEqualTo("pukul 15.00 WIB");
    FigureTime withDay = timeOf(
        indonesian("Hingga Kamis (20/6) pukul 10.00 WIB, 45 orang dilaporkan hilang."), "45");
    assertThat(withDay.value()).isEqualTo(DateValue.day(LocalDate.of(2024, 6, 20)));
    assertThat(withDay.clock().text()).isEqualTo("pukul 10.00 WIB");
  }

  @Test
  void aCommaBeforeAClockThatGoesOnToTheVerbBreaksNoClause() {
    Example ex = indonesian(
        "Jumlah korban tercatat per 4 Januari 2020, pukul 10.00 WIB menjadi 53 orang.");
    boolean[] soft = TimeAttacher.commasBeforeClocks(ex.tokens(), ex.annotated().clocks(), 0);
    assertThat(soft[ex.token(",")]).isTrue();
    // so the date stays in the clause of the figure
    assertThat(ex.clause()[ex.token("Januari")]).isEqualTo(ex.clause()[ex.token("53")]);
    assertThat(timeOf(ex, "53").value()).isEqualTo(DateValue.day(LocalDate.of(2020, 1, 4)));
    // no clock, no soft comma
    Example plain = indonesian("Di Kabupaten Agam, 14 orang meninggal akibat banjir.");
    assertThat(TimeAttacher.commasBeforeClocks(plain.tokens(), plain.annotated().clocks(), 0)).isNull();
  }

  @Test
  void atThatTimeRefersToTheDateTheSentenceBeforeNamed() {
    DateExpression before = indonesian("Aksi itu digelar pada 2 Desember 2016.").annotated().dates().get(0);
    Example ex = indonesian("Kala itu, panitia mengklaim 7 juta orang hadir.");
    FigureTime then = timeOf(ex, "7 juta", true, before);
    assertThat(then.value()).isEqualTo(DateValue.day(LocalDate.of(2016, 12, 2)));
    assertThat(then.date()).isNull(); // no date of its own
    // without the cue (and no back reference) the earlier date is not taken
    assertThat(timeOf(ex, "7 juta", false, before).value()).isNull();
  }
}
