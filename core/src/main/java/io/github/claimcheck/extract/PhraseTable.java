package io.github.claimcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Multi-word phrases indexed by their first word, matched longest first against tokens. A
 * phrase matches a token by its lower-cased form or its clitic-stripped form; a phrase written
 * in capitals matches only tokens written the same way.
 *
 * <p>Words are numbered by the {@link Vocabulary} the tables of one lexicon share, and its
 * {@link PhraseTrie} holds the phrases of all of them: on a {@link TokenList} the sentence is
 * walked through the trie once for every table, and each table reads its answer at a token
 * from that walk (the rules ask the same table about the same token many times).
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

  /** A phrase found at a token position. */
  record Match<V>(int from, int to, V value) {
    int length() {
      return to - from;
    }
  }

  /** A phrase: its words as written (lower-cased unless in capitals). */
  private record Entry<V>(String[] words, boolean caseSensitive, V value) {}

  private final Vocabulary vocabulary;
  /** This table's number in its vocabulary: where a token list keeps its answers. */
  private final int slot;
  /** Entries by the number of their lower-cased first word, longest first. */
  private List<Entry<V>>[] byFirstWord = newLists(0);

  /** A table of its own words. */
  PhraseTable() {
    this(new Vocabulary());
  }

  /** A table sharing the word numbers of the other tables of {@code vocabulary}. */
  PhraseTable(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.slot = vocabulary.newTable();
  }

  @SuppressWarnings("unchecked")
  private static <V> List<Entry<V>>[] newLists(int n) {
    return new List[n];
  }

  void add(String phrase, V value) {
    // Split like article text (Phrase), so a phrase with punctuation ("Badan Intelijen Nasional
    // (NIS)") matches the tokens the text gives for it.
    String[] words = Phrase.words(phrase);
    if (words.length == 0) {
      throw new IllegalArgumentException("phrase '" + phrase + "' has no words");
    }
    boolean caps = Phrase.caps(phrase);
    // The trie files a phrase under its lower-cased words; one in capitals is checked against
    // its written words where it is found.
    int[] lowered = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      lowered[k] = vocabulary.id(caps ? words[k].toLowerCase(Locale.ROOT) : words[k]);
    }
    vocabulary.addPhrase(slot, new PhraseTrie.Phrase(lowered, caps ? words : null, value));
    int id = lowered[0];
    if (id >= byFirstWord.length) {
      byFirstWord = Arrays.copyOf(byFirstWord, Math.max(id + 1, byFirstWord.length * 2));
    }
    List<Entry<V>> list = byFirstWord[id];
    if (list == null) {
      list = new ArrayList<>(2);
      byFirstWord[id] = list;
    }
    list.add(new Entry<>(words, caps, value));
    list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words.length));
  }

  /**
   * Where a phrase of {@code value} that ends right before token {@code end} starts, looking at
   * most {@code reach} tokens back; -1 when none does.
   */
  int startOfMatchEndingAt(List<Token> tokens, int end, V value, int reach) {
    for (int k = Math.max(0, end - reach); k < end; k++) {
      Match<V> m = matchAt(tokens, k);
      if (m != null && value.equals(m.value()) && m.to() == end) {
        return k;
      }
    }
    return -1;
  }

  /** Returns the longest phrase starting at token {@code i}, or null. */
  @SuppressWarnings("unchecked")
  Match<V> matchAt(List<Token> tokens, int i) {
    if (!(tokens instanceof TokenList list)) {
      return find(tokens, i);
    }
    // Every table's phrases were found in one walk of the sentence through the vocabulary's trie.
    Match<?>[] found = list.phrases(vocabulary)[slot];
    if (i < 0 || i >= list.size()) {
      throw new IndexOutOfBoundsException("token " + i + " of " + list.size());
    }
    return found == null ? null : (Match<V>) found[i];
  }

  /**
   * The longest phrase at token {@code i} of a plain token list, by its words. Phrases are tried
   * by the token's lower-cased word, and by its clitic-stripped word only when none starts with
   * the lower-cased one.
   */
  private Match<V> find(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    List<Entry<V>> list = entries(vocabulary.find(t.lower()));
    if (list == null) {
      if (t.norm().equals(t.lower())) {
        return null;
      }
      list = entries(vocabulary.find(t.norm()));
      if (list == null) {
        return null;
      }
    }
    for (int k = 0; k < list.size(); k++) {
      Entry<V> e = list.get(k);
      if (matches(e, tokens, i)) {
        return new Match<>(i, i + e.words.length, e.value);
      }
    }
    return null;
  }

  private List<Entry<V>> entries(int id) {
    return id >= 0 && id < byFirstWord.length ? byFirstWord[id] : null;
  }

  /** Returns every non-overlapping longest match in the token range, left to right. */
  List<Match<V>> findAll(List<Token> tokens, int from, int to) {
    List<Match<V>> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match<V> m = matchAt(tokens, i);
      if (m != null && m.to <= to) {
        out.add(m);
        i = m.to;
      } else {
        i++;
      }
    }
    return out;
  }

  private static <V> boolean matches(Entry<V> e, List<Token> tokens, int i) {
    if (i + e.words.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < e.words.length; k++) {
      Token t = tokens.get(i + k);
      String w = e.words[k];
      boolean ok = e.caseSensitive ? t.text().equals(w) : (t.lower().equals(w) || t.norm().equals(w));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
