package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.internal.text.CutText;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.Expressions;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanners read the claim reader's cut of a sentence ({@link CutText}) instead of cutting it
 * again, and its word numbers instead of looking its words up again: what they find must be what
 * they find in the text itself, whatever the chars.
 */
class OneCutTest {

  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 20);

  /** Words the scanners key on, in either language, in several cases. */
  private static final List<String> WORDS = List.of("ribu", "Juta", "sekitar", "orang", "Mei",
      "Januari", "Senin", "kemarin", "lalu", "pekan", "dua", "belas", "puluh", "Jum'at", "Jum’at",
      "Jum‘at", "tahun", "km", "persen", "thousand", "million", "twelve", "March", "Monday", "last", "week",
      "people", "at", "least", "hectares", "the", "town's", "U.S.", "pukul", "WIB", "rumahnya",
      "hari", "ini", "DES", "dec.", "hundreds", "of", "per");

  /** Chars that cut words, join them or are read apart: digits, separators, spaces, scripts. */
  private static final String CHARS =
      "aZ09 .,-/:'’‘()\"“\n\u00A0\u2007\u202FÉéıΣ\u0301\uD835\uDC00\u200B１٣–%$";

  @Test
  void theScannersFindInTheCutWhatTheyFindInTheText() {
    Random random = new Random(11);
    for (Language language : List.of(Language.INDONESIAN, Language.ENGLISH)) {
      Lexicon lx = Lexicon.builtIn(language);
      for (int n = 0; n < 3000; n++) {
        String sentence = randomSentence(random);
        String prefix = "Kemarin, 3 orang. ".repeat(random.nextInt(3));
        String article = prefix + sentence + " Akhir.";
        int from = prefix.length();
        int to = from + sentence.length();
        TokenList cut = Tokenizer.tokenize(article, from, to, lx.profile.clitics(),
            lx.vocabulary());
        cut.lookUpWords(lx.vocabulary());
        Expressions fromText = Expressions.of(sentence, language, REFERENCE);
        Expressions fromCut = Expressions.of(new CutText(sentence, from, cut), language, REFERENCE);
        assertThat(fromCut.numbers()).as(sentence).isEqualTo(fromText.numbers());
        assertThat(fromCut.dates()).as(sentence).isEqualTo(fromText.dates());
      }
    }
  }

  @Test
  void aCutOfKnownWordsFindsWhatTheTextHolds() {
    Lexicon lx = Lexicon.builtIn(Language.INDONESIAN);
    String sentence = "Sekitar 1.200 orang\ntewas pada Senin (12/5) dan dua ribu Jum'at lalu.";
    TokenList cut = Tokenizer.tokenize(sentence, 0, sentence.length(), lx.profile.clitics(),
        lx.vocabulary());
    Expressions fromCut = Expressions.of(new CutText(sentence, 0, cut), Language.INDONESIAN,
        REFERENCE);
    Expressions fromText = Expressions.of(sentence, Language.INDONESIAN, REFERENCE);
    assertThat(fromCut.numbers()).isNotEmpty().isEqualTo(fromText.numbers());
    assertThat(fromCut.dates()).isNotEmpty().isEqualTo(fromText.dates());
  }

  private static String randomSentence(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(12); k >= 0; k--) {
      if (random.nextInt(3) == 0) {
        for (int c = random.nextInt(6); c > 0; c--) {
          sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
      } else {
        String w = WORDS.get(random.nextInt(WORDS.size()));
        sb.append(random.nextInt(4) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
      }
      sb.append(random.nextInt(5) == 0 ? "" : " ");
    }
    return sb.toString().strip();
  }
}
