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
    Anchors a = Lexicon.of(ID).anchors();
    assertThat(a.mayHold("Warga mengungsi ke tempat yang lebih aman.")).isFalse();
    assertThat(a.mayHold("Sebanyak 12 warga mengungsi.")).isTrue();
    assertThat(a.mayHold("RIBUAN warga mengungsi.")).isTrue();
    assertThat(a.mayHold("Korban bertambah dua orang.")).isTrue();
    assertThat(Lexicon.of(EN).anchors().mayHold("A hundred people fled.")).isTrue();
    assertThat(Lexicon.of(EN).anchors().mayHold("A man fled the area.")).isFalse();
  }

  @Test
  void aTextWithoutDigitsOrDateWordsHoldsNoDate() {
    Anchors a = DateLexicon.of(ID).anchors();
    assertThat(a.mayHold("Warga mengungsi ke tempat yang lebih aman.")).isFalse();
    assertThat(a.mayHold("Banjir terjadi pada (Rabu).")).isTrue();
    assertThat(a.mayHold("Banjir terjadi Jum'at pagi.")).isTrue(); // read as "jumat"
    assertThat(a.mayHold("Banjir terjadi pada 4/12.")).isTrue();
    // digits are no date without a year, a slash or a date word next to them
    assertThat(a.mayHold("Sebanyak 1.200 warga mengungsi ke 12 lokasi.")).isFalse();
    assertThat(a.mayHold("Banjir pada 2024 merendam 1.200 rumah.")).isTrue();
    assertThat(a.mayHold("Banjir 12 Mei merendam rumah.")).isTrue();
    assertThat(DateLexicon.of(EN).anchors().mayHold("It hit the town's west.")).isFalse();
    assertThat(DateLexicon.of(EN).anchors().mayHold("It hit the day before yesterday.")).isTrue();
  }

  @Test
  void aWordWithLettersBeyondAsciiIsAlwaysRead() {
    // "Ｒｉｂｕａｎ" or "décès": tokenizers may cut or fold such words their own way
    assertThat(Lexicon.of(ID).anchors().mayHold("Warga café mengungsi.")).isTrue();
    assertThat(Lexicon.of(ID).anchors().mayHold("Warga “mengungsi” — aman.")).isFalse();
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
        boolean numbers = !new ScanRun(t, Lexicon.of(lang)).run().isEmpty();
        boolean dates = !DateScan.of(t, lang).matches.isEmpty();
        if (!Lexicon.of(lang).anchors().mayHold(t)) {
          assertThat(numbers).as(row.where() + ": " + t).isFalse();
          ruledOut++;
        }
        if (!DateLexicon.of(lang).anchors().mayHold(t)) {
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
}
