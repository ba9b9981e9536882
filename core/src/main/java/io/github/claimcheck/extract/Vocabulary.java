package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.CutText;
import io.github.claimcheck.internal.text.WordTable;
import java.util.Arrays;

/**
 * The words of one lexicon's phrase tables, numbered, and the tables themselves numbered: a
 * sentence's token is looked up here once ({@link TokenList#lowerId}), after which every table
 * finds the phrases starting with it by array index, and remembers its answer in the slot its
 * number gives. Filled while the lexicon is built, read-only afterwards.
 *
 * <p>Looked up for about every token of every text, so the words sit in an open-addressing table
 * of plain arrays (no boxing, no node per entry) instead of a {@code HashMap}.
 */
final class Vocabulary implements CutText.Numbering {

  /** Tables numbered from this one on are not kept in {@link #firstOf}: always "maybe". */
  static final int MARKED_TABLES = 63;

  private String[] words = new String[1024];
  /**
   * The spread hash of each slot's word: a probe compares it before the word, so a lookup reads
   * no word but the one it finds (the words lie all over the heap; most probes miss).
   */
  private int[] hashes = new int[1024];
  private int[] ids = new int[1024];
  /** The words by number. */
  private String[] byId = new String[512];
  private int size;
  private int tables;
  /**
   * By word number, the tables (bit {@code 1 << table}) with a phrase whose first word it is:
   * most words start no phrase of any table, and a sentence's tables need not be asked there.
   */
  private long[] firstOf = new long[1024];

  /** The number of a word, given a new one if it is new. */
  int id(String word) {
    int found = find(word);
    if (found >= 0) {
      return found;
    }
    if (2 * (size + 1) > words.length) {
      grow();
    }
    insert(word, size);
    if (size == byId.length) {
      byId = Arrays.copyOf(byId, size * 2);
    }
    byId[size] = word;
    return size++;
  }

  /** The number of a known word, or -1. */
  int find(String word) {
    return find(word, word.hashCode());
  }

  /** The number of a known word whose {@code hashCode()} is {@code hash}, or -1. */
  int find(String word, int hash) {
    int mask = words.length - 1;
    int h = spread(hash);
    for (int k = h & mask; ; k = (k + 1) & mask) {
      String w = words[k];
      if (w == null) {
        return -1;
      }
      if (hashes[k] == h && w.equals(word)) {
        return ids[k];
      }
    }
  }

  /**
   * The number of the lower-cased ASCII span {@code text[from, to)} whose lower-cased {@code
   * hashCode()} is {@code hash}, or -1: the tokenizer looks a word up before copying it out, and
   * copies none it knows ({@link #word}).
   */
  int find(CharSequence text, int from, int to, int hash) {
    int mask = words.length - 1;
    int h = spread(hash);
    int len = to - from;
    for (int k = h & mask; ; k = (k + 1) & mask) {
      String w = words[k];
      if (w == null) {
        return -1;
      }
      if (hashes[k] == h && w.length() == len && WordTable.sameLowered(w, text, from)) {
        return ids[k];
      }
    }
  }

  /** Word number {@code id}, lower case. */
  @Override
  public String word(int id) {
    return byId[id];
  }

  @Override
  public int size() {
    return size;
  }

  /** What the scanners keep with the numbers: their words' look-ups by number. */
  private volatile Object kept;

  @Override
  public Object kept() {
    return kept;
  }

  @Override
  public void keep(Object value) {
    kept = value;
  }

  private void insert(String word, int id) {
    int mask = words.length - 1;
    int h = spread(word.hashCode());
    int k = h & mask;
    while (words[k] != null) {
      k = (k + 1) & mask;
    }
    words[k] = word;
    hashes[k] = h;
    ids[k] = id;
  }

  private void grow() {
    String[] oldWords = words;
    int[] oldIds = ids;
    words = new String[oldWords.length * 2];
    hashes = new int[oldWords.length * 2];
    ids = new int[oldWords.length * 2];
    for (int k = 0; k < oldWords.length; k++) {
      if (oldWords[k] != null) {
        insert(oldWords[k], oldIds[k]);
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Records that a phrase of table {@code table} starts with word {@code id}. */
  void markFirst(int id, int table) {
    if (table >= MARKED_TABLES) {
      return;
    }
    if (id >= firstOf.length) {
      firstOf = Arrays.copyOf(firstOf, Math.max(id + 1, firstOf.length * 2));
    }
    firstOf[id] |= 1L << table;
  }

  /** The tables with a phrase starting with word {@code id} (-1: no word), as bits. */
  long firstOf(int id) {
    return id >= 0 && id < firstOf.length ? firstOf[id] : 0;
  }

  /** Whether {@code tables}, bits as {@link #firstOf} gives them, may hold table {@code table}. */
  static boolean mayHold(long tables, int table) {
    return table >= MARKED_TABLES || (tables & (1L << table)) != 0;
  }

  /** A number for a new table of this vocabulary. */
  int newTable() {
    return tables++;
  }

  /** How many tables were numbered. */
  int tables() {
    return tables;
  }
}
