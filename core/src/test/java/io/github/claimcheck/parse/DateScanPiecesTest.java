package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A long text is read in pieces with context around each: every match, with every fact the
 * reference date rules read, and the date inferred are those of one pass over the whole text,
 * whatever the size of the pieces. (jqwik, kept apart from JUnit.)
 */
class DateScanPiecesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  /** Pieces of news text with dates in every shape, in our own words. */
  private static final String[] BITS = {
    "JAKARTA, Senin (12/5/2025) - ", "Polisi mengatakan pada Selasa (13/5) bahwa", "banjir terjadi pada 9 Mei 2025",
    "kemarin", "pekan lalu", "hingga Rabu malam", "pada awal Mei", "sejak Kamis pagi", "akan dibuka pada 1 Juni",
    "laporan itu dirilis 14 Mei 2025, kata juru bicara", "(9/5)", "Jumat, 16 Mei", "tahun lalu", "pada 2024",
    "LONDON, May 14 - ", "officials said on Tuesday", "the quake struck on May 9", "as of Wednesday",
    "last week", "on 3 March 2025", "will reopen on June 1", "Oct. 17", "since Monday morning",
    "Sabtu", "Mei 2025", "31/12/2024", "pukul 17.00 WIB", "dan", "yang", "menurut BNPB", "Korban",
    "tewas", "orang", "12", "1.200", "(", ")", "-", ",", ".", ";", "\"", "“", "”",
  };

  private static String text(long seed, int parts) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      sb.append(BITS[r.nextInt(BITS.length)]);
      int gap = r.nextInt(20);
      sb.append(gap == 0 ? "\n" : gap == 1 ? "\n\n" : gap == 2 ? ". " : gap == 3 ? "\u00a0" : " ");
    }
    return sb.toString();
  }

  /** Each match with the facts the rules read: kind, span, flags, and the sentence-level cues. */
  private static List<String> matches(String text, Language language, int piece) {
    List<String> out = new ArrayList<>();
    DateScan.forEach(text, language, piece, (scan, m) -> out.add(m.kind + " " + scan.span(m)
        + " " + scan.text(m) + " y" + m.year + " m" + m.month + " d" + m.day + " " + m.weekday
        + " future=" + m.future + " asOf=" + m.asOf + " occ=" + scan.occurrence(m)
        + " report=" + scan.reportNear(m) + " dateline=" + scan.datelineShape(m, 300)
        + " start=" + scan.tokens.start[m.startTok]));
    return out;
  }

  @Property(tries = 60)
  void piecesFindWhatOnePassFinds(@ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll @IntRange(min = 30, max = 400) int piece) {
    String text = text(seed, 400);
    for (Language language : Language.builtIn()) {
      List<String> whole = matches(text, language, Integer.MAX_VALUE);
      assertThat(whole).isNotEmpty();
      assertThat(matches(text, language, piece)).isEqualTo(whole);
      assertThat(ReferenceDates.infer(text, language, TODAY, piece))
          .isEqualTo(ReferenceDates.infer(text, language, TODAY, Integer.MAX_VALUE));
    }
  }

  @Property(tries = 40)
  void shortTextsInferTheSameDateInPieces(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
    // few dates: which rule applies changes from text to text
    String text = text(seed, 12);
    for (Language language : Language.builtIn()) {
      assertThat(ReferenceDates.infer(text, language, TODAY, 25))
          .isEqualTo(ReferenceDates.infer(text, language, TODAY, Integer.MAX_VALUE));
    }
  }
}
