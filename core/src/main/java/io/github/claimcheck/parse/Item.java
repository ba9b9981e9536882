package io.github.claimcheck.parse;

import java.util.Collections;
import java.util.Locale;
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

  Item(int tokFrom, int tokTo, int start, int end, Token first, String key, Map<Kind, Entry> roles) {
    this.tokFrom = tokFrom;
    this.tokTo = tokTo;
    this.start = start;
    this.end = end;
    this.first = first;
    this.key = key;
    this.roles = roles == null ? Collections.emptyMap() : roles;
  }

  boolean has(Kind k) {
    return roles.containsKey(k);
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
    return !roles.isEmpty();
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
    return isWord() && first.text.equals(first.text.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return key + roles.keySet();
  }
}
