package io.github.claimcheck.extract;

import io.github.claimcheck.extract.Lexicon.Cue;
import java.util.List;

/**
 * Which event each sentence of an article names ("banjir bandang di Garut" → {@code
 * flood:garut}, "gempa" → {@code earthquake}), and so which event the article is about: the
 * first event named with its place, else the first kind named. Each sentence is looked at once,
 * when first asked about. One instance serves one article and one thread.
 */
final class EventContexts {

  /**
   * The event a sentence's claims are about.
   *
   * @param key the event's key ({@code kind} or {@code kind:place}), or null when none is known
   * @param part the place the sentence names when it counts the article's event in one of its
   *     places ("Akibat banjir ... di Kabupaten Agam" in a story of the Sumatera Barat floods), or
   *     null
   */
  record Event(String key, PartFinder.Place part) {}

  /** What one sentence names: an event key and the place after it, or nothing. */
  private record Named(String key, PartFinder.Place place) {
    static final Named NONE = new Named(null, null);
  }

  private final Lexicon lx;
  private final PartFinder parts;
  private final SentenceTokens tokens;
  /** What each sentence names, null until asked for. */
  private final Named[] named;
  private final String article;

  EventContexts(Lexicon lx, PartFinder parts, SentenceTokens tokens, int sentences) {
    this.lx = lx;
    this.parts = parts;
    this.tokens = tokens;
    this.named = new Named[sentences];
    this.article = first();
  }

  /** The article's event, or null. */
  String article() {
    return article;
  }

  /** The event the claims of sentence {@code k} are about. */
  Event of(int k) {
    String context = named(k).key();
    PartFinder.Place part = null;
    if (context != null && article != null && context.contains(":")
        && kindOf(context).equals(kindOf(article)) && !context.equals(article)) {
      // "Akibat banjir ... di Kabupaten Agam, 14 orang meninggal" in a story of the Sumatera
      // Barat floods: the same event, counted in one of its places.
      part = named(k).place();
      context = article;
    }
    if (context == null || (article != null && article.startsWith(context + ":"))) {
      // No event named, or the article's event without its place ("banjir" in a Garut story).
      context = article;
    }
    return new Event(context, part);
  }

  private String first() {
    String kind = null;
    for (int k = 0; k < named.length; k++) {
      String c = named(k).key();
      if (c == null) {
        continue;
      }
      if (kind == null) {
        kind = kindOf(c);
      }
      if (c.startsWith(kind + ":")) {
        return c;
      }
    }
    return kind;
  }

  private static String kindOf(String context) {
    int colon = context.indexOf(':');
    return colon < 0 ? context : context.substring(0, colon);
  }

  private Named named(int k) {
    if (named[k] == null) {
      named[k] = read(tokens.of(k));
    }
    return named[k];
  }

  /**
   * "banjir bandang di Garut" → flood:garut; "gempa" → earthquake. Words that name no event of
   * their own ("kecelakaan itu", "the disaster") are skipped: they refer to the article's event.
   * In a title-case headline every word is capitalised, so the place cannot be told from the
   * words around it and is left out.
   */
  private Named read(List<Token> tokens) {
    int to = tokens.size();
    // The event words left to right, as PhraseTable.findAll gives them; most sentences have none,
    // and then neither the list nor the title case is needed.
    for (int k = 0; k < to; ) {
      PhraseTable.Match<String> m = lx.contexts.matchAt(tokens, k);
      if (m == null || m.to() > to) {
        k++;
        continue;
      }
      k = m.to();
      boolean headline = SentenceView.isTitleCase(tokens);
      if (!Lexicon.namesEvent(m.value()) || (!headline && insideName(tokens, m.from(), m.to()))) {
        // "National Fire Agency", "Badan Penanggulangan Kebakaran": a word of a name, no event
        continue;
      }
      int i = m.to();
      while (i < to && i < m.to() + 5 && !tokens.get(i).isCapitalised() && !tokens.get(i).isClauseBreak()
          && !lx.cueAt(tokens, i, Cue.PLACE) && lx.predicates.matchAt(tokens, i) == null
          && !lx.cueAt(tokens, i, Cue.BREAKDOWN) && !lx.cueAt(tokens, i, Cue.DISTRIBUTIVE)) {
        // "banjir dan longsor yang terjadi di Sumatera Barat", "gempa 7 SR di Lombok"; not past a
        // count's words ("korban gempa yang meninggal dunia tersebar di …": the dead's places)
        i++;
      }
      // The place after a preposition ("banjir di Garut"), else the name right after the event
      // word ("Tenggelamnya KMP Sinar Bahari").
      int at = i < to && lx.cueAt(tokens, i, Cue.PLACE) ? lx.cues.matchAt(tokens, i).to() : m.to();
      PartFinder.Place place = headline || at >= to ? null
          : parts.placeAt(tokens, at, new boolean[to]);
      return new Named(place == null ? m.value() : m.value() + ":" + place.key(), place);
    }
    return Named.NONE;
  }

  /**
   * Whether the capitalised event word at {@code [from, to)} continues a capitalised word before
   * it and does not end the name: a capitalised word follows, or the language names an event by
   * words after its event word ("Gempa Cianjur"), so one before it names something else.
   */
  private boolean insideName(List<Token> tokens, int from, int to) {
    return capitalisedWordBefore(tokens, from) && tokens.get(from).isCapitalised()
        && (!lx.profile.modifiersBeforeNoun()
            || (to < tokens.size() && tokens.get(to).isWord() && tokens.get(to).isCapitalised()));
  }

  private static boolean capitalisedWordBefore(List<Token> tokens, int k) {
    return k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).isCapitalised();
  }
}
