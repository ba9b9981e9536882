package io.github.claimcheck.parse;

import java.util.Collections;
import java.util.Map;

/**
 * A segment of the token stream: one lexicon phrase (one or more tokens with their roles) or one
 * token the lexicon does not know.
 */
final class Item {

  final int tokFrom;
  final int tokTo;
  final int start;
  final int end;
  final Token first;
  final String key;
  private final Map<Kind, Entry> roles;
  /** The kinds of {@link #roles} as bits by ordinal: {@link #has} is asked at every item. */
  private final long kinds0;
  private final long kinds1;

  Item(int tokFrom, int tokTo, int start, int end, Token first, String key, Map<Kind, Entry> roles,
      long[] kinds) {
    this.tokFrom = tokFrom;
    this.tokTo = tokTo;
    this.start = start;
    this.end = end;
    this.first = first;
    this.key = key;
    this.roles = roles == null ? Collections.emptyMap() : roles;
    this.kinds0 = kinds == null ? 0 : kinds[0];
    this.kinds1 = kinds == null ? 0 : kinds[1];
  }

  /** The kinds of a role map as two words of bits by ordinal, as {@link Item} keeps them. */
  static long[] bits(Map<Kind, Entry> roles) {
    long[] bits = new long[2];
    for (Kind k : roles.keySet()) {
      bits[k.ordinal() >> 6] |= 1L << (k.ordinal() & 63);
    }
    return bits;
  }

  boolean has(Kind k) {
    int o = k.ordinal();
    return ((o < 64 ? kinds0 : kinds1) & (1L << (o & 63))) != 0;
  }

  Entry get(Kind k) {
    return roles.get(k);
  }

  /**
   * Returns the entry of the kind whose spelling fits the item as written ({@code G} or {@code g};
   * exact spellings are single words), or null.
   */
  Entry entry(Kind k) {
    Entry e = roles.get(k);
    return e == null ? null : e.forText(first.text);
  }

  boolean known() {
    return (kinds0 | kinds1) != 0;
  }

  boolean isNumber() {
    return first.type == Token.Type.NUMBER;
  }

  boolean isWord() {
    return first.type == Token.Type.WORD;
  }

  boolean isPunct(String p) {
    return first.type == Token.Type.PUNCT && tokTo - tokFrom == 1 && first.text.equals(p);
  }

  boolean glued() {
    return first.glued;
  }

  boolean capitalized() {
    return isWord() && Character.isUpperCase(first.text.codePointAt(0));
  }

  boolean upperCase() {
    if (!isWord()) {
      return false;
    }
    String t = first.text;
    for (int k = 0; k < t.length(); k++) {
      if (Character.isLowerCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return key + roles.keySet();
  }
}
