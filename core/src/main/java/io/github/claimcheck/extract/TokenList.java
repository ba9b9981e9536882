package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.CutText;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of one sentence, annotated as the rules ask: each token's word number in the
 * lexicon's {@link Vocabulary} (looked up once for every phrase table), and what each phrase
 * table found at each token. The rules ask the same table about the same token many times (the
 * noun after a figure, the actor after a noun, every cue of a clause); the sentence is walked
 * through the vocabulary's {@link PhraseTrie} once, for every table. It is the cut the scanners read as well ({@link CutText}), so
 * a sentence is cut once. Belongs to the one thread reading the sentence.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess, CutText.Cut {

  /**
   * The arrays below hold a word number plus this, so that the zero a new array holds means "not
   * looked up yet" and needs no fill (a number is -1 or more).
   */
  private static final int SHIFT = 2;

  private Token[] tokens;
  /** Each token's {@code lower().hashCode()}, summed by the tokenizer. */
  private int[] lowerHashes;
  private int size;
  /** How many times a token was asked for: the work of the rules reading the sentence. */
  private int visits;

  /** The vocabulary the numbers and answers below belong to. */
  private Vocabulary vocabulary;
  /** Each token's word number plus {@link #SHIFT}, 0 while not looked up. */
  private int[] lowerIds;
  /** As {@link #lowerIds}, for the clitic-stripped word. */
  private int[] normIds;
  /**
   * Per table number of the vocabulary, its longest phrase at each token (null: none there, or
   * none in the sentence); null until the sentence was walked through the vocabulary's trie.
   */
  private PhraseTable.Match<?>[][] phrases;

  /** An empty list, to be annotated for whichever vocabulary asks first. */
  TokenList() {
    tokens = new Token[16];
    lowerHashes = new int[16];
  }

  /**
   * An empty list for about {@code capacity} tokens, annotated for {@code v} from the start: the
   * tokenizer looks each word up as it cuts it ({@link #append(Token, int, int, int)}).
   */
  TokenList(Vocabulary v, int capacity) {
    tokens = new Token[Math.max(4, capacity)];
    lowerHashes = new int[tokens.length];
    annotateFor(v);
  }

  /** Adds a token; {@code lowerHash} is {@code t.lower().hashCode()}. */
  void append(Token t, int lowerHash) {
    if (size == tokens.length) {
      grow();
    }
    lowerHashes[size] = lowerHash;
    tokens[size++] = t;
  }

  /**
   * Adds a token whose lower-cased word has number {@code lowerId} and whose clitic-stripped word
   * has number {@code normId} (-1: none, or no clitic) in the vocabulary this list was made for.
   */
  void append(Token t, int lowerHash, int lowerId, int normId) {
    if (size == tokens.length) {
      grow();
    }
    lowerIds[size] = lowerId + SHIFT;
    normIds[size] = normId + SHIFT;
    append(t, lowerHash);
  }

  private void grow() {
    int n = tokens.length * 2;
    tokens = Arrays.copyOf(tokens, n);
    lowerHashes = Arrays.copyOf(lowerHashes, n);
    if (vocabulary != null) {
      lowerIds = Arrays.copyOf(lowerIds, n);
      normIds = Arrays.copyOf(normIds, n);
    }
  }

  @Override
  public Token get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
    visits++;
    return tokens[i];
  }

  // The cut as the scanners read it: not counted as visits, which are the rules' work.

  @Override
  public int start(int k) {
    return tokens[k].start();
  }

  @Override
  public int end(int k) {
    return tokens[k].end();
  }

  @Override
  public String written(int k) {
    return tokens[k].text();
  }

  @Override
  public String lower(int k) {
    return tokens[k].lower();
  }

  @Override
  public int lowerHash(int k) {
    return lowerHashes[k];
  }

  /** Whether every char of the text cut, white space too, is ASCII. */
  private boolean allAscii;

  void allAscii(boolean all) {
    allAscii = all;
  }

  @Override
  public boolean allAscii() {
    return allAscii;
  }

  @Override
  public CutText.Numbering numbering() {
    return vocabulary;
  }

  @Override
  public int wordNumber(int k) {
    return vocabulary == null || lowerIds[k] == 0 ? -2 : lowerIds[k] - SHIFT;
  }

  /** {@link SentenceView#isTitleCase} of this list: 0 while not worked out, else 1 or 2. */
  private byte titleCase;

  /** Whether the sentence is written in title case ({@link SentenceView#isTitleCase}). */
  boolean titleCase() {
    if (titleCase == 0) {
      titleCase = (byte) (SentenceView.countTitleCase(this) ? 2 : 1);
    }
    return titleCase == 2;
  }

  /** How many tokens were asked for since the last call: tests bound the work per sentence. */
  int takeVisits() {
    int v = visits;
    visits = 0;
    return v;
  }

  @Override
  public int size() {
    return size;
  }

  private void annotateFor(Vocabulary v) {
    if (vocabulary != v) {
      vocabulary = v;
      lowerIds = new int[tokens.length];
      normIds = new int[tokens.length];
      phrases = null;
    }
  }

  /** The number of token {@code i}'s lower-cased word in {@code v}, or -1. */
  int lowerId(Vocabulary v, int i) {
    annotateFor(v);
    int shifted = lowerIds[i];
    if (shifted == 0) {
      shifted = v.find(tokens[i].lower(), lowerHashes[i]) + SHIFT;
      lowerIds[i] = shifted;
    }
    return shifted - SHIFT;
  }

  /**
   * {@link #lowerId}, counted as a visit of token {@code i} like {@link #get}: for rules that ask
   * about a token's word without reading the token.
   */
  int lowerIdAt(Vocabulary v, int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
    visits++;
    return lowerId(v, i);
  }

  /** The number of token {@code i}'s clitic-stripped word in {@code v}; -1 if unknown or unstripped. */
  int normId(Vocabulary v, int i) {
    annotateFor(v);
    int shifted = normIds[i];
    if (shifted == 0) {
      Token t = tokens[i];
      shifted = (t.norm().equals(t.lower()) ? -1 : v.find(t.norm())) + SHIFT;
      normIds[i] = shifted;
    }
    return shifted - SHIFT;
  }

  /**
   * Finds every table's phrases in the sentence now ({@link #phrases}), rather than when a table
   * first asks: called right after tokenising, while the words' text is still in the CPU's cache;
   * every sentence is asked about anyway, often only after the whole article was tokenised.
   */
  void lookUpWords(Vocabulary v) {
    phrases(v);
  }

  /**
   * By table number of {@code v}, each table's longest phrase at each token (an array by token,
   * null where none starts; null for a table with no phrase in the sentence): the sentence is
   * walked through {@code v}'s trie once, for all tables, when first asked.
   */
  PhraseTable.Match<?>[][] phrases(Vocabulary v) {
    annotateFor(v);
    if (phrases == null) {
      phrases = v.trie().matches(this, v);
    }
    return phrases;
  }
}
