package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static final List<String> CLITICS = List.of("nya", "lah");

  @Test
  void wordsKeepInnerSeparatorsAndLoseOneClitic() {
    String text = "Rumahnya di U.S. rusak, 10.000 jiwa Jum'at.";
    TokenList t = Tokenizer.tokenize(text, 0, text.length(), CLITICS);
    assertThat(t).extracting(Token::text).containsExactly("Rumahnya", "di", "U.S.", "rusak", ",",
        "10.000", "jiwa", "Jum'at", ".");
    assertThat(t.get(0).norm()).isEqualTo("rumah");
  }

  /**
   * Every token is found in a vocabulary holding its lower-cased word: the hash the tokenizer
   * sums while cutting it is the word's own, whatever the chars (ASCII or not, separators, case).
   */
  @Test
  void everyTokenIsFoundByItsLowerCasedWord() {
    String alphabet = "aZq09-'’.,/ ÉéİıΣ\u0301\uD835\uDC00:;\"“";
    Random random = new Random(15);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      TokenList tokens = Tokenizer.tokenize(text, 0, text.length(), CLITICS);
      Vocabulary v = new Vocabulary();
      tokens.forEach(t -> v.id(t.lower()));
      for (int i = 0; i < tokens.size(); i++) {
        assertThat(tokens.lowerId(v, i)).as(text).isEqualTo(v.find(tokens.get(i).lower()))
            .isNotNegative();
      }
    }
  }
}
