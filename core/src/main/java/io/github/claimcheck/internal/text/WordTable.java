package io.github.claimcheck.internal.text;

import java.util.Locale;
import java.util.Map;

/**
 * Lower-cased words with a value each, looked up by a span of a text without copying or
 * lower-casing it: for passes that look up every word of a text and keep none of them. Immutable.
 *
 * <p>A span is matched as {@code String.toLowerCase(Locale.ROOT)} would lower it: ASCII spans are
 * lowered char by char; a span with any other char is copied and lowered as a string, so the
 * answer is the same for any text.
 *
 * @param <V> the words' values
 */
public final class WordTable<V> {

  private final String[] words;
  /**
   * Each slot's word's {@code hashCode()}, compared before the word: most look-ups miss, and
   * then read no word (the words lie all over the heap).
   */
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  /**
   * Makes the table.
   *
   * @param entries lower-cased words and their values
   */
  public WordTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4));
    words = new String[size];
    hashes = new int[size];
    values = new Object[size];
    mask = size - 1;
    entries.forEach((w, v) -> {
      int slot = spread(w.hashCode()) & mask;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = w;
      hashes[slot] = w.hashCode();
      values[slot] = v;
    });
  }

  /** Returns the value of the lower-cased {@code text[from, to)}, or null when it is no word here. */
  public V get(CharSequence text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return get(text.subSequence(from, to).toString().toLowerCase(Locale.ROOT));
      }
      h = 31 * h + lower(c);
    }
    return getAscii(text, from, to, h);
  }

  /**
   * Returns the value of the lower-cased {@code text[from, to)}, a span of ASCII chars only whose
   * lower-cased {@code hashCode()} is {@code hash} (summed by the caller while cutting it), or
   * null: {@link #get(CharSequence, int, int)} without a second pass over the chars.
   */
  @SuppressWarnings("unchecked")
  public V getAscii(CharSequence text, int from, int to, int hash) {
    int len = to - from;
    for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
      String w = words[slot];
      if (hashes[slot] == hash && w.length() == len && sameLowered(w, text, from)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private V get(String lowered) {
    return get(lowered, lowered.hashCode());
  }

  /**
   * Returns the value of a lower-cased word whose {@code hashCode()} is {@code hash} (summed by
   * the caller while cutting it: a new string has none cached), or null.
   */
  @SuppressWarnings("unchecked")
  public V get(String lowered, int hash) {
    for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && words[slot].equals(lowered)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  /**
   * Whether {@code text} from {@code from} on reads {@code w} once its ASCII capitals are lowered
   * ({@code w} is lower case; the text must hold {@code w.length()} chars there).
   */
  public static boolean sameLowered(String w, CharSequence text, int from) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != lower(text.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
