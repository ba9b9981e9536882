package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.extract.Lexicon.WordClass;
import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A token's word classes, read by its word number, are those of its lower-cased word. */
class WordClassesTest {

  @Test
  void aTokenIsInTheClassesOfItsWord() {
    for (Language language : List.of(Language.INDONESIAN, Language.ENGLISH)) {
      Lexicon lx = Lexicon.builtIn(language);
      List<String> words = new ArrayList<>(lx.functionWords);
      for (WordClass c : WordClass.values()) {
        words.addAll(lx.words(c));
      }
      words.addAll(List.of("banjir", "zzz", "the", "Dan", "yang", "ATAU", "pun"));
      for (String w : words) {
        for (String written : List.of(w, capitalised(w), w.toUpperCase(Locale.ROOT))) {
          TokenList tokens = Tokenizer.tokenize(written, 0, written.length(),
              lx.profile.clitics(), lx.vocabulary());
          for (int k = 0; k < tokens.size(); k++) {
            String lower = tokens.get(k).lower();
            for (WordClass c : WordClass.values()) {
              assertThat(lx.is(c, tokens, k)).as("%s %s in '%s'", c, lower, written)
                  .isEqualTo(lx.is(c, lower));
            }
            assertThat(lx.isFunctionWord(tokens, k)).as("function word %s", lower)
                .isEqualTo(lx.functionWords.contains(lower));
          }
        }
      }
    }
  }

  @Test
  void aPlainListIsAskedByItsWords() {
    Lexicon lx = Lexicon.builtIn(Language.INDONESIAN);
    String conj = lx.words(WordClass.CONJ).iterator().next();
    List<Token> plain = List.copyOf(Tokenizer.tokenize(conj, 0, conj.length(), List.of()));
    assertThat(lx.is(WordClass.CONJ, plain, 0)).isTrue();
    assertThat(lx.is(WordClass.STOP, plain, 0)).isEqualTo(lx.is(WordClass.STOP, conj));
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
