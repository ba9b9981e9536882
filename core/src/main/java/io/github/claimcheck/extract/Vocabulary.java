package io.github.claimcheck.extract;

/**
 * The words of one lexicon's phrase tables, numbered, and the tables themselves numbered: a
 * sentence's token is looked up here once ({@link TokenList#lowerId}), after which every table
 * finds the phrases starting with it by array index, and remembers its answer in the slot its
 * number gives. Filled while the lexicon is built, read-only afterwards.
 *
 * <p>Looked up for about every token of every text, so the words sit in an open-addressing table
 * of plain arrays (no boxing, no node per entry) instead of a {@code HashMap}.
 */
final class Vocabulary {

  private String[] words = new String[1024];
  private int[] ids = new int[1024];
  private int size;
  private int tables;

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
    return size++;
  }

  /** The number of a known word, or -1. */
  int find(String word) {
    int mask = words.length - 1;
    for (int k = spread(word.hashCode()) & mask; ; k = (k + 1) & mask) {
      String w = words[k];
      if (w == null) {
        return -1;
      }
      if (w.equals(word)) {
        return ids[k];
      }
    }
  }

  private void insert(String word, int id) {
    int mask = words.length - 1;
    int k = spread(word.hashCode()) & mask;
    while (words[k] != null) {
      k = (k + 1) & mask;
    }
    words[k] = word;
    ids[k] = id;
  }

  private void grow() {
    String[] oldWords = words;
    int[] oldIds = ids;
    words = new String[oldWords.length * 2];
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

  /** A number for a new table of this vocabulary. */
  int newTable() {
    return tables++;
  }

  /** How many tables were numbered. */
  int tables() {
    return tables;
  }
}
