package io.github.claimcheck.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of one lexicon's phrase tables, numbered, and the tables themselves numbered: a
 * sentence's token is looked up here once ({@link TokenList#lowerId}), after which every table
 * finds the phrases starting with it by array index, and remembers its answer in the slot its
 * number gives. Filled while the lexicon is built, read-only afterwards.
 */
final class Vocabulary {

  private final Map<String, Integer> ids = new HashMap<>();
  private int tables;

  /** The number of a word, given a new one if it is new. */
  int id(String word) {
    return ids.computeIfAbsent(word, w -> ids.size());
  }

  /** The number of a known word, or -1. */
  int find(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
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
