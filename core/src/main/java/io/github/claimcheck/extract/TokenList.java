package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.CutText;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of one sentence, annotated as the rules ask: each token's word number in the
 * lexicon's {@link Vocabulary} (looked up once for every phrase table), and what each phrase
 * table found at each token. The rules ask the same table about the same token many times (the
 * noun after a figure, the actor after a noun, every cue of a clause); a table is now matched at
 * most once per token and sentence. It is the cut the scanners read as well ({@link CutText}), so
 * a sentence is cut once. Belongs to the one thread reading the sentence.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess, CutText.Cut {

  /** Marks a token a table was asked about and had no phrase for. */
  static final PhraseTable.Match<Object> NONE = new PhraseTable.Match<>(-1, -1, null);

  /**
   * The arrays below hold a word number plus this, so that the zero a new array holds means "not
   * looked up yet" and needs no fill (a number is -1 or more).
   */
  private static final int SHIFT = 2;

  /** The bit of {@link #firstOf} that says it was computed (tables use the bits below it). */
  private static final long KNOWN = 1L << Vocabulary.MARKED_TABLES;

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
   * Per token, the tables whose phrases may start there ({@link Vocabulary#firstOf} of its word
   * and of its clitic-free word), with {@link #KNOWN} set once computed.
   */
  private long[] firstOf;
  /** Per table number, its answer at each token (null: not asked yet). */
  private PhraseTable.Match<?>[][] answers;

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
      firstOf = Arrays.copyOf(firstOf, n);
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
      firstOf = new long[tokens.length];
      answers = new PhraseTable.Match<?>[v.tables()][];
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
   * The tables of {@code v} with a phrase starting with token {@code i}'s lower-cased or
   * clitic-free word, as {@link Vocabulary#firstOf} gives them.
   */
  long firstOf(Vocabulary v, int i) {
    annotateFor(v);
    long tables = firstOf[i];
    if (tables == 0) {
      tables = KNOWN | v.firstOf(lowerId(v, i)) | v.firstOf(normId(v, i));
      firstOf[i] = tables;
    }
    return tables;
  }

  /**
   * Looks up every token's words in {@code v} now ({@link #firstOf}), rather than when a table
   * first asks: called right after tokenising, while the words' text is still in the CPU's
   * cache; every token is asked about anyway, often only after the whole article was tokenised.
   */
  void lookUpWords(Vocabulary v) {
    for (int i = 0; i < size; i++) {
      firstOf(v, i);
    }
  }

  /** The answers of table number {@code slot} of {@code v} at each token. */
  PhraseTable.Match<?>[] answers(Vocabulary v, int slot) {
    annotateFor(v);
    if (slot >= answers.length) {
      answers = Arrays.copyOf(answers, v.tables());
    }
    PhraseTable.Match<?>[] a = answers[slot];
    if (a == null) {
      a = new PhraseTable.Match<?>[size];
      answers[slot] = a;
    }
    return a;
  }
}
