package io.github.claimcheck.extract;

import java.util.List;

/**
 * The tokens of an article's sentences, cut one sentence at a time when first asked for. The
 * article's event is looked for before the sentences are read, often in every sentence, so the
 * tokens cut then (with what the phrase tables found in them) are kept for the reading, up to
 * {@link #KEPT_TOKENS} tokens per article: a longer text is cut again, one sentence at a time,
 * so memory stays bounded. One instance serves one article and one thread.
 */
final class SentenceTokens {

  /** At most this many tokens of an article are kept between finding its event and reading it. */
  static final int KEPT_TOKENS = 20_000;

  private final String text;
  private final SentenceSplitter.Sentences sentences;
  private final Lexicon lx;
  /** Token lists kept from the search for the article's event, by sentence (null: none kept). */
  private final TokenList[] kept;
  private int keptCount;
  /** Whether the sentences are being read (then nothing more is kept). */
  private boolean reading;
  /** The sentence whose tokens are in {@link #current}, or -1. */
  private int currentIndex = -1;
  private TokenList current;

  SentenceTokens(String text, SentenceSplitter.Sentences sentences, Lexicon lx) {
    this.text = text;
    this.sentences = sentences;
    this.lx = lx;
    this.kept = new TokenList[sentences.size()];
  }

  /** The tokens of sentence {@code k}. */
  List<Token> of(int k) {
    if (currentIndex != k) {
      TokenList found = kept[k];
      if (found != null) {
        kept[k] = null; // read once more at most: the sentence's own reading
        current = found;
      } else {
        current = Tokenizer.tokenize(text, sentences.start(k), sentences.end(k),
            lx.profile.clitics(), lx.vocabulary());
        current.lookUpWords(lx.vocabulary());
        if (!reading && keptCount + current.size() <= KEPT_TOKENS) {
          kept[k] = current;
          keptCount += current.size();
        }
      }
      currentIndex = k;
    }
    return current;
  }

  /** From now on the sentences are read in order: nothing more is kept. */
  void startReading() {
    reading = true;
  }

  /** How many tokens were asked for from the last sentence's list since the last call. */
  long takeVisits() {
    return current == null ? 0 : current.takeVisits();
  }
}
