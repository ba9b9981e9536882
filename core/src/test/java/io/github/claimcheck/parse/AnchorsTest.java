package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanners skip a text their anchors say holds nothing: that must never lose an expression
 * the full scan (tokens, lexicon, grammar) would find.
 */
class AnchorsTest {

  private static final Language ID = Language.INDONESIAN;
  private static final Language EN = Language.ENGLISH;

  @Test
  void aTextWithoutDigitsOrNumberWordsHoldsNoNumber() {
    assertThat(numbers(ID, "Warga mengungsi ke tempat yang lebih aman.")).isFalse();
    assertThat(numbers(ID, "Sebanyak 12 warga mengungsi.")).isTrue();
    assertThat(numbers(ID, "RIBUAN warga mengungsi.")).isTrue();
    assertThat(numbers(ID, "Korban bertambah dua orang.")).isTrue();
    assertThat(numbers(EN, "A hundred people fled.")).isTrue();
    assertThat(numbers(EN, "A man fled the area.")).isFalse();
    // a phrase is anchored by its longest word: "of" alone ("a couple of") holds no number
    assertThat(numbers(EN, "Most of the town was flooded.")).isFalse();
    assertThat(numbers(EN, "A couple of houses fell.")).isTrue();
    assertThat(numbers(EN, "Scores of houses fell.")).isTrue();
  }

  @Test
  void aTextWithoutDigitsOrDateWordsHoldsNoDate() {
    assertThat(dates(ID, "Warga mengungsi ke tempat yang lebih aman.")).isFalse();
    assertThat(dates(ID, "Banjir terjadi pada (Rabu).")).isTrue();
    assertThat(dates(ID, "Banjir terjadi Jum'at pagi.")).isTrue(); // read as "jumat"
    assertThat(dates(ID, "Banjir terjadi pada 4/12.")).isTrue();
    // digits are no date without a year, a slash or a date word next to them
    assertThat(dates(ID, "Sebanyak 1.200 warga mengungsi ke 12 lokasi.")).isFalse();
    assertThat(dates(ID, "Banjir pada 2024 merendam 1.200 rumah.")).isTrue();
    assertThat(dates(ID, "Banjir 12 Mei merendam rumah.")).isTrue();
    assertThat(dates(EN, "It hit the town's west.")).isFalse();
    assertThat(dates(EN, "It hit the day before yesterday.")).isTrue();
  }

  @Test
  void aDatePhraseIsAnchoredByItsLongestWordNotACommonShortOne() {
    // "hari ini" (today) is anchored by "hari": "ini" (this) alone, in most sentences, is none
    assertThat(dates(ID, "Menurut warga, banjir ini merendam rumah mereka.")).isFalse();
    assertThat(dates(ID, "Banjir merendam rumah warga hari ini.")).isTrue();
  }

  @Test
  void oneLookAnswersForBothScanners() {
    Anchors a = ScanWords.of(ID).anchors();
    int both = Anchors.NUMBERS | Anchors.DATES;
    assertThat(a.mayHold("Sebanyak 1.200 warga mengungsi.", both)).isEqualTo(Anchors.NUMBERS);
    assertThat(a.mayHold("Banjir terjadi Rabu.", both)).isEqualTo(Anchors.DATES);
    assertThat(a.mayHold("Pada Rabu, 1.200 warga mengungsi.", both)).isEqualTo(both);
    assertThat(a.mayHold("Warga mengungsi.", both)).isZero();
    // a scanner not asked about is not answered
    assertThat(a.mayHold("Pada Rabu, 1.200 warga mengungsi.", Anchors.DATES))
        .isEqualTo(Anchors.DATES);
  }

  @Test
  void aWordWithLettersBeyondAsciiIsAlwaysRead() {
    // "Ｒｉｂｕａｎ" or "décès": tokenizers may cut or fold such words their own way
    assertThat(numbers(ID, "Warga café mengungsi.")).isTrue();
    assertThat(numbers(ID, "Warga “mengungsi” — aman.")).isFalse();
  }

  /** Every corpus row, and the row without its digits: a text the anchors rule out scans empty. */
  @Test
  void noTextTheAnchorsRuleOutHoldsAnExpression() {
    List<CorpusRows.Row> rows = new ArrayList<>(CorpusRows.of("numbers.tsv"));
    rows.addAll(CorpusRows.of("dates.tsv"));
    int ruledOut = 0;
    int wordOnly = 0;
    for (CorpusRows.Row row : rows) {
      String text = row.cell(0);
      for (String t : List.of(text, text.replaceAll("[0-9]", ""))) {
        Language lang = row.language();
        List<Token> tokens = TextTokens.of(t, ScanWords.of(lang)).numberTokens();
        boolean numbers = !new ScanRun(t, tokens, Lexicon.of(lang)).run().isEmpty();
        boolean dates = !DateScan.of(t, lang).matches.isEmpty();
        if (!numbers(lang, t)) {
          assertThat(numbers).as(row.where() + ": " + t).isFalse();
          ruledOut++;
        }
        if (!dates(lang, t)) {
          assertThat(dates).as(row.where() + ": " + t).isFalse();
          ruledOut++;
        }
        if ((numbers || dates) && !t.matches(".*[0-9].*")) {
          wordOnly++;
        }
      }
    }
    // the check above is no empty one: texts are ruled out, and word-only expressions are kept
    assertThat(ruledOut).isGreaterThan(100);
    assertThat(wordOnly).isGreaterThan(100);
  }

  private static boolean numbers(Language lang, String text) {
    return ScanWords.of(lang).anchors().mayHold(text, Anchors.NUMBERS) != 0;
  }

  private static boolean dates(Language lang, String text) {
    return ScanWords.of(lang).anchors().mayHold(text, Anchors.DATES) != 0;
  }
}
