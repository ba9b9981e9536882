package io.github.claimcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word phrases indexed by their first word, matched longest first against tokens. A
 * phrase matches a token by its lower-cased form or its clitic-stripped form; a phrase written
 * in capitals matches only tokens written the same way.
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

  private record Entry<V>(String[] words, boolean caseSensitive, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  void add(String phrase, V value) {
    // Split like article text (Phrase), so a phrase with punctuation ("Badan Intelijen Nasional
    // (NIS)") matches the tokens the text gives for it.
    String[] words = Phrase.words(phrase);
    if (words.length == 0) {
      throw new IllegalArgumentException("phrase '" + phrase + "' has no words");
    }
    String key = words[0].toLowerCase(Locale.ROOT);
    List<Entry<V>> list = byFirstWord.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(new Entry<>(words, Phrase.caps(phrase), value));
    list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words.length));
  }

  /** Returns the longest phrase starting at token {@code i}, or null. */
  Match<V> matchAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    List<Entry<V>> list = byFirstWord.get(t.lower());
    if (list == null) {
      // Most words carry no clitic: their norm is the lower-case string itself, already missed.
      if (t.norm().equals(t.lower())) {
        return null;
      }
      list = byFirstWord.get(t.norm());
      if (list == null) {
        return null;
      }
    }
    for (Entry<V> e : list) {
      if (matches(e, tokens, i)) {
        return new Match<>(i, i + e.words.length, e.value);
      }
    }
    return null;
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
