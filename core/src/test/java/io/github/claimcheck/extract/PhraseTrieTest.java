package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trie walked once per sentence gives, for every table, what the table's own matching by
 * words gives at every token ({@link PhraseTable#matchAt} on a plain list).
 */
class PhraseTrieTest {

  private static final List<String> CLITICS = List.of("nya", "lah", "kah", "pun");

  /** Words the random phrases and texts are made of: with clitics, capitals and marks. */
  private static final List<String> WORDS = List.of("korban", "jiwa", "tewas", "di", "yang",
      "AS", "as", "As", "rumah", "rumahnya", "Rumahnya", "nya", "hal", "halnya", "pun", "dan",
      "(", ")", "-", "U.S.", "us", "10.000", "NIS", "nis", "kata", "korbannya", "jiwanya", "Di");

  @Test
  void randomTablesMatchInTheTrieAsByTheirWords() {
    Random random = new Random(12);
    for (int round = 0; round < 300; round++) {
      // GIVEN a few tables sharing a vocabulary, of random phrases (duplicates, prefixes of each
      // other, phrases in capitals, phrases added to two tables)
      Vocabulary v = new Vocabulary();
      List<PhraseTable<String>> tables = new ArrayList<>();
      for (int t = 1 + random.nextInt(4); t > 0; t--) {
        tables.add(new PhraseTable<>(v));
      }
      for (int p = random.nextInt(25); p > 0; p--) {
        String phrase = phrase(random, 1 + random.nextInt(3));
        tables.get(random.nextInt(tables.size())).add(phrase, phrase + "#" + p);
      }
      for (int s = 0; s < 10; s++) {
        String text = phrase(random, random.nextInt(14));
        // WHEN the text is cut with the vocabulary, and without, and compared with a plain list
        for (TokenList cut : List.of(Tokenizer.tokenize(text, 0, text.length(), CLITICS, v),
            Tokenizer.tokenize(text, 0, text.length(), CLITICS))) {
          List<Token> plain = new ArrayList<>(cut);
          for (PhraseTable<String> table : tables) {
            for (int i = 0; i < plain.size(); i++) {
              // THEN both give the same phrase at every token
              assertThat(table.matchAt(cut, i)).as(text + " @" + i)
                  .isEqualTo(table.matchAt(plain, i));
            }
            assertThat(table.findAll(cut, 0, cut.size())).as(text)
                .isEqualTo(table.findAll(plain, 0, plain.size()));
          }
        }
      }
    }
  }

  @Test
  void builtInLexiconsMatchInTheTrieAsByTheirWordsOnRandomTexts() {
    Random random = new Random(15);
    for (Language language : List.of(Language.INDONESIAN, Language.ENGLISH)) {
      Lexicon lx = Lexicon.builtIn(language);
      List<PhraseTable<?>> tables = List.of(lx.predicates, lx.nouns, lx.actors, lx.attribution,
          lx.events, lx.cues, lx.contexts, lx.scopes);
      List<String> words = new ArrayList<>(WORDS);
      for (int k = 0; k < lx.vocabulary().size(); k++) {
        words.add(lx.vocabulary().word(k));
      }
      for (int s = 0; s < 1500; s++) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(30); k > 0; k--) {
          String w = words.get(random.nextInt(words.size()));
          int c = random.nextInt(6);
          sb.append(c == 0 ? w.toUpperCase() : c == 1 && !w.isEmpty()
              ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
              .append(random.nextInt(8) == 0 ? "nya " : " ");
        }
        String text = sb.toString();
        TokenList cut = Tokenizer.tokenize(text, 0, text.length(), lx.profile.clitics(),
            lx.vocabulary());
        List<Token> plain = new ArrayList<>(cut);
        for (PhraseTable<?> table : tables) {
          for (int i = 0; i < plain.size(); i++) {
            assertThat((Object) table.matchAt(cut, i)).as(text + " @" + i)
                .isEqualTo(table.matchAt(plain, i));
          }
        }
      }
    }
  }

  private static String phrase(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return sb.toString();
  }
}
