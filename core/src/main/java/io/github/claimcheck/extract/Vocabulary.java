package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.CutText;
import io.github.claimcheck.internal.text.WordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of one lexicon's phrase tables, numbered, and the tables themselves numbered, with
 * their phrases in one {@link PhraseTrie}: a sentence's token is looked up here once ({@link
 * TokenList#lowerId}), after which the sentence is walked through the trie once for every table
 * ({@link TokenList#phrases}). Filled while the lexicon is built, read-only afterwards.
 *
 * <p>Looked up for about every token of every text, so the words sit in an open-addressing table
 * of plain arrays (no boxing, no node per entry) instead of a {@code HashMap}.
 */
final class Vocabulary implements CutText.Numbering {

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
  /** By table number, its phrases in the order they were added. */
  private final List<List<PhraseTrie.Phrase>> phrases = new ArrayList<>();
  /** The trie of {@link #phrases}, or null while not built since the last phrase was added. */
  private volatile PhraseTrie trie;

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

  /** Files a phrase of table {@code table} for the trie: its lower-cased words' numbers. */
  void addPhrase(int table, PhraseTrie.Phrase phrase) {
    phrases.get(table).add(phrase);
    trie = null;
  }

  /**
   * The trie of every table's phrases, built on first use after the last phrase was added: once
   * a lexicon is built, it is read-only, and any thread building it builds the same.
   */
  PhraseTrie trie() {
    PhraseTrie t = trie;
    if (t == null) {
      t = PhraseTrie.of(phrases, size);
      trie = t;
    }
    return t;
  }

  /** A number for a new table of this vocabulary. */
  int newTable() {
    phrases.add(new ArrayList<>());
    trie = null;
    return tables++;
  }

  /** How many tables were numbered. */
  int tables() {
    return tables;
  }
}
