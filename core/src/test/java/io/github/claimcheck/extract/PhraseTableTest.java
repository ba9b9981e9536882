package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

  private static final List<String> SENTENCES = List.of(
      "Sebanyak 500 tentara Korea Utara tewas, menurut Badan Intelijen Nasional (NIS) Korea Selatan.",
      "Korbannya bertambah menjadi 12 orang yang meninggal dunia akibat banjir bandang di Kabupaten Agam.",
      "At least 40 people were killed and 1,200 homes damaged in the floods, officials said on Monday.",
      "BNPB mencatat 3.500 warga mengungsi; sementara itu, AS mengirim 200 relawan ke lokasi.");

  private static final List<String> CLITICS = List.of("nya", "lah", "kah", "pun");

  @Test
  void numberedAndRememberedMatchingGivesWhatMatchingByWordsGives() {
    // GIVEN each built-in lexicon's tables and sentences of both languages
    for (Language language : List.of(Language.INDONESIAN, Language.ENGLISH)) {
      Lexicon lx = Lexicon.builtIn(language);
      List<PhraseTable<?>> tables = List.of(lx.predicates, lx.nouns, lx.actors, lx.attribution,
          lx.events, lx.cues, lx.contexts, lx.scopes);
      for (String s : SENTENCES) {
        TokenList numbered = Tokenizer.tokenize(s, 0, s.length(), CLITICS);
        List<Token> plain = new ArrayList<>(numbered);
        for (PhraseTable<?> table : tables) {
          for (int i = 0; i < plain.size(); i++) {
            // WHEN a token is matched by word numbers (twice: the second answer is remembered)
            // and by its words
            PhraseTable.Match<?> first = table.matchAt(numbered, i);
            PhraseTable.Match<?> again = table.matchAt(numbered, i);
            PhraseTable.Match<?> byWords = table.matchAt(plain, i);
            // THEN all three agree
            assertThat(first).isEqualTo(byWords);
            assertThat(again).isEqualTo(byWords);
          }
        }
      }
    }
  }

  @Test
  void aPhraseIsFoundByItsCliticFreeWordAndCapitalsMatchOnlyCapitals() {
    PhraseTable<String> t = new PhraseTable<>();
    t.add("korban jiwa", "victims");
    t.add("AS", "usa");
    String s = "Korbannya jiwa bertambah, kata pejabat as dan AS.";
    TokenList tokens = Tokenizer.tokenize(s, 0, s.length(), CLITICS);
    assertThat(t.matchAt(tokens, 0)).isEqualTo(new PhraseTable.Match<>(0, 2, "victims"));
    assertThat(t.findAll(tokens, 0, tokens.size())).extracting(PhraseTable.Match::value)
        .containsExactly("victims", "usa");
  }
}
