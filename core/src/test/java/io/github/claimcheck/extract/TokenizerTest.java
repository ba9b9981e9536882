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
  void aTimeOfDayIsOneTokenButALabelsColonEndsIt() {
    String text = "per pukul 18:27 WIB: 56 orang, skor 2 : 1";
    TokenList t = Tokenizer.tokenize(text, 0, text.length(), CLITICS);
    assertThat(t).extracting(Token::text).containsExactly("per", "pukul", "18:27", "WIB", ":",
        "56", "orang", ",", "skor", "2", ":", "1");
  }

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

  /**
   * Cutting with a vocabulary (each word looked up by its span as it is cut, its clitic found on
   * the span) gives the tokens and word numbers of cutting without one and looking up afterwards.
   */
  @Test
  void wordsLookedUpWhileCutAreThoseLookedUpAfterwards() {
    String alphabet = "aknyhlZKNq09-'.,/ Éé:";
    Random random = new Random(55);
    Vocabulary v = new Vocabulary();
    for (String w : List.of("a", "ak", "kan", "rumah", "nya", "anak", "hal", "kq", "a-a", "0.0")) {
      v.id(w);
    }
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // words the vocabulary knows, in any case, with and without a clitic
      for (int k = random.nextInt(4); k > 0; k--) {
        String w = List.of("rumahNya", "Rumahnya", "anak", "ANAKLAH", "Hal", "halnya", "kan").get(
            random.nextInt(7));
        sb.insert(random.nextInt(sb.length() + 1), " " + w + " ");
      }
      String text = sb.toString();
      TokenList plain = Tokenizer.tokenize(text, 0, text.length(), CLITICS);
      TokenList looked = Tokenizer.tokenize(text, 0, text.length(), CLITICS, v);
      assertThat(looked).as(text).containsExactlyElementsOf(plain);
      for (int i = 0; i < plain.size(); i++) {
        assertThat(looked.lowerId(v, i)).as(text).isEqualTo(plain.lowerId(v, i));
        assertThat(looked.normId(v, i)).as(text).isEqualTo(plain.normId(v, i));
      }
    }
  }

  @Test
  void aKnownLowerCaseWordIsTheVocabularysOwnString() {
    Vocabulary v = new Vocabulary();
    String rumah = new String("rumah");
    v.id(rumah);
    String text = "rumah Rumah rumahnya";
    TokenList t = Tokenizer.tokenize(text, 0, text.length(), CLITICS, v);
    assertThat(t.get(0).text()).isSameAs(rumah);
    assertThat(t.get(1).text()).isEqualTo("Rumah").isNotSameAs(rumah);
    assertThat(t.get(1).lower()).isSameAs(rumah);
    assertThat(t.get(2).norm()).isSameAs(rumah);
  }
}
