package io.github.claimcheck.extract;

import java.util.Arrays;

/**
 * The last sentence in which each predicate counted something, as the claim reader's discourse
 * carries it from claim to claim. Immutable: {@link #with} returns a new value, or this one when
 * nothing changes. An article counts a few predicates of its lexicon only, so they are kept in
 * two short arrays and searched in order; a change copies them, which costs much less than the
 * hash maps it replaces, made anew for each counted claim of a new sentence.
 */
final class LastCounts {

  /** Nothing counted yet. */
  static final LastCounts NONE = new LastCounts(new String[0], new int[0]);

  private final String[] predicates;
  private final int[] sentences;

  private LastCounts(String[] predicates, int[] sentences) {
    this.predicates = predicates;
    this.sentences = sentences;
  }

  /** Whether the predicate counted something in any sentence read so far. */
  boolean counted(String predicate) {
    return indexOf(predicate) >= 0;
  }

  /** Whether the predicate last counted something in sentence {@code sentence} or later. */
  boolean countedSince(String predicate, int sentence) {
    int k = indexOf(predicate);
    return k >= 0 && sentences[k] >= sentence;
  }

  /** The same with {@code predicate} last counted in sentence {@code sentence}. */
  LastCounts with(String predicate, int sentence) {
    int k = indexOf(predicate);
    if (k >= 0 && sentences[k] == sentence) {
      return this; // most claims of a sentence count what the one before did
    }
    if (k >= 0) {
      int[] s = sentences.clone();
      s[k] = sentence;
      return new LastCounts(predicates, s);
    }
    String[] p = Arrays.copyOf(predicates, predicates.length + 1);
    int[] s = Arrays.copyOf(sentences, sentences.length + 1);
    p[predicates.length] = predicate;
    s[sentences.length] = sentence;
    return new LastCounts(p, s);
  }

  private int indexOf(String predicate) {
    for (int k = 0; k < predicates.length; k++) {
      if (predicates[k].equals(predicate)) {
        return k;
      }
    }
    return -1;
  }
}
