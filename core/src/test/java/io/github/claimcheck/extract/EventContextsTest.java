package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which event each sentence names ({@link EventContexts}) and the tokens it reads ({@link SentenceTokens}). */
class EventContextsTest {

  private static final Lexicon ID = Lexicon.builtIn(Language.INDONESIAN);

  private static SentenceSplitter.Sentences sentences(String text) {
    return SentenceSplitter.standard().split(text, List.of(Span.of(0, text.length())));
  }

  /** The events of an Indonesian article's sentences, as ClaimFinder sets them up. */
  private static EventContexts events(String text) {
    SentenceSplitter.Sentences sentences = sentences(text);
    SentenceTokens tokens = new SentenceTokens(text, sentences, ID);
    return new EventContexts(ID, new PartFinder(ID), tokens, sentences.size());
  }

  @Test
  void anEventWordWithAPlaceAfterItNamesTheEventThere() {
    EventContexts events = events("Banjir bandang di Garut menewaskan 12 orang.");
    assertThat(events.of(0).key()).isEqualTo("flood:garut");
    assertThat(events.article()).isEqualTo("flood:garut");
    assertThat(events.of(0).part()).isNull();
  }

  @Test
  void aSentenceNamingTheEventWithoutItsPlaceOrNoEventIsAboutTheArticlesEvent() {
    EventContexts events = events("Banjir bandang di Garut menewaskan 12 orang. "
        + "Banjir juga merusak 40 rumah. Tim SAR masih mencari 3 warga.");
    assertThat(events.of(1).key()).isEqualTo("flood:garut");
    assertThat(events.of(2).key()).isEqualTo("flood:garut");
  }

  @Test
  void theArticlesEventIsTheFirstNamedWithItsPlace() {
    // the first sentence gives the kind; a later one the place
    EventContexts events = events("Gempa mengguncang pagi tadi. Gempa di Cianjur merusak 200 rumah.");
    assertThat(events.article()).isEqualTo("earthquake:cianjur");
    assertThat(events.of(0).key()).isEqualTo("earthquake:cianjur");
  }

  @Test
  void anArticleWithNoPlaceNamedIsAboutTheKind() {
    EventContexts events = events("Gempa mengguncang pagi tadi. Sebanyak 20 rumah rusak.");
    assertThat(events.article()).isEqualTo("earthquake");
    assertThat(events.of(1).key()).isEqualTo("earthquake");
  }

  @Test
  void aPlaceOfTheArticlesEventIsAPartOfIt() {
    EventContexts events = events("Banjir di Sumatera Barat merendam ribuan rumah. "
        + "Akibat banjir di Kabupaten Agam, 14 orang meninggal.");
    assertThat(events.article()).isEqualTo("flood:sumatera_barat");
    EventContexts.Event agam = events.of(1);
    // the same event, counted in one of its places
    assertThat(agam.key()).isEqualTo("flood:sumatera_barat");
    assertThat(agam.part().key()).isEqualTo("agam");
  }

  @Test
  void aTitleCaseHeadlineNamesNoPlace() {
    // every word is capitalised: the place cannot be told from the words around it
    EventContexts events = events("Banjir Bandang di Garut Tewaskan 12 Orang");
    assertThat(events.of(0).key()).isEqualTo("flood");
  }

  @Test
  void anEventWordInsideANameNamesNoEvent() {
    EventContexts events = events("Badan Penanggulangan Kebakaran Daerah mengirim 20 petugas.");
    assertThat(events.article()).isNull();
    assertThat(events.of(0).key()).isNull();
  }

  @Test
  void sentenceTokensKeepsTheTokensCutBeforeTheReadingForOneMoreReading() {
    String text = "Banjir melanda Garut. Sebanyak 12 orang tewas.";
    SentenceTokens tokens = new SentenceTokens(text, sentences(text), ID);
    List<Token> first = tokens.of(0);
    assertThat(first).extracting(Token::text).containsExactly("Banjir", "melanda", "Garut", ".");
    List<Token> second = tokens.of(1);
    assertThat(second.get(0).start()).isEqualTo(text.indexOf("Sebanyak"));
    tokens.startReading();
    // the kept list is read once more, then cut again
    assertThat(tokens.of(0)).isSameAs(first);
    assertThat(tokens.of(1)).isSameAs(second);
    List<Token> again = tokens.of(0);
    assertThat(again).isNotSameAs(first);
    assertThat(again).extracting(Token::text).containsExactly("Banjir", "melanda", "Garut", ".");
  }
}
