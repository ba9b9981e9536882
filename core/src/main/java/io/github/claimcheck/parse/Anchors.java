package io.github.claimcheck.parse;

import io.github.claimcheck.internal.text.WordTable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a scanner cannot find anything without: every expression it reads holds a digit (for
 * dates: a run of four, a year) or one of these words. Most sentences of news hold neither, and
 * {@link #mayHold} tells so from the text's chars, without cutting out, lower-casing or looking
 * up its words as the scanner's tokenizer would. Immutable.
 *
 * <p>The look is conservative: it answers true for a digit (a year), an anchor word, a word with an
 * apostrophe in it whose parts or joined parts are an anchor (both tokenizers' readings of {@code
 * Jum'at}), and any word with a non-ASCII letter or mark in it (which the tokenizers may cut
 * differently), so a false answer means the scanner would find nothing.
 */
final class Anchors {

  private final WordTable<Boolean> words;
  /** Chars that are anchors on their own (a symbol's token), lower-cased. */
  private final String symbols;
  /** An anchor the look cannot see (a symbol that may join a word): every text may hold it. */
  private final boolean always;
  /** Whether any digit is an anchor, or only a run of exactly four ASCII digits. */
  private final boolean anyDigit;

  private Anchors(Set<String> words, String symbols, boolean always, boolean anyDigit) {
    Map<String, Boolean> table = new HashMap<>();
    words.forEach(w -> table.put(w, true));
    this.words = new WordTable<>(table);
    this.symbols = symbols;
    this.always = always;
    this.anyDigit = anyDigit;
  }

  /**
   * The anchors of lower-cased token keys: words, symbols of one char, and digits. Digits are
   * anchors too: any digit when {@code anyDigit} or a key starts with one, else a run of exactly
   * four (a year; a scanner of dates needs its other digits next to a month, day or unit word, or
   * to a {@code /} given as an anchor).
   */
  static Anchors of(Collection<String> keys, boolean anyDigit) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder symbols = new StringBuilder();
    boolean always = false;
    for (String k : keys) {
      if (k.isEmpty()) {
        continue;
      }
      if (isDigit(k.charAt(0))) {
        anyDigit = true; // a phrase of digits: any digit may start it
        continue;
      }
      if (Character.isLetter(k.codePointAt(0))) {
        words.add(k.toLowerCase(Locale.ROOT));
      } else if (k.length() == 1 && !joins(k.charAt(0))) {
        symbols.append(Character.toLowerCase(k.charAt(0)));
      } else {
        always = true;
      }
    }
    return new Anchors(words, symbols.toString(), always, anyDigit);
  }

  /**
   * Returns false only when the text holds no digit (no year) and no anchor, as any tokenizer here
   * reads it.
   */
  boolean mayHold(CharSequence text) {
    if (always) {
      return true;
    }
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isAsciiLetter(c)) {
        // The usual word, ASCII letters only: looked up as it stands.
        int j = i;
        do {
          c = ++j < n ? s.charAt(j) : ' ';
        } while (isAsciiLetter(c));
        if (!joins(c)) {
          if (words.get(s, i, j) != null) {
            return true;
          }
          i = j;
          continue;
        }
        if (word(s, i)) {
          return true; // an apostrophe or a non-ASCII letter in it
        }
        while (i < n && joins(s.charAt(i))) {
          i++;
        }
      } else if (isDigit(c)) {
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
          j++;
        }
        if (anyDigit || j - i == 4) {
          return true;
        }
        i = j;
      } else if (joins(c)) {
        if (word(s, i)) {
          return true;
        }
        while (i < n && joins(s.charAt(i))) {
          i++;
        }
      } else {
        if (!symbols.isEmpty() && symbols.indexOf(Character.toLowerCase(c)) >= 0) {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  /** Whether the word starting at {@code from}, with an apostrophe or a non-ASCII char, may hold an anchor. */
  private boolean word(String s, int from) {
    int j = from;
    for (char d; j < s.length() && joins(d = s.charAt(j)); j++) {
      if (d >= 0x80 && !isApostrophe(d)) {
        return true; // a non-ASCII letter or mark: each tokenizer cuts such words its own way
      }
    }
    return anyPart(s, from, j);
  }

  /**
   * Whether a run of ASCII letters and apostrophes holds an anchor: a part between apostrophes
   * (as the number tokenizer cuts it), or consecutive parts joined without them (as the date
   * tokenizer reads an inner apostrophe).
   */
  private boolean anyPart(CharSequence s, int from, int to) {
    StringBuilder joined = new StringBuilder();
    for (int a = from; a < to; a++) {
      if (a > from && !isApostrophe(s.charAt(a - 1))) {
        continue; // parts start after an apostrophe
      }
      joined.setLength(0);
      for (int b = a; b <= to; b++) {
        if (b < to && !isApostrophe(s.charAt(b))) {
          joined.append(s.charAt(b));
        } else if (joined.length() > 0 && words.get(joined, 0, joined.length()) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a char may be part of a word for some tokenizer here. */
  private static boolean joins(char c) {
    if (c < 0x80) {
      return isAsciiLetter(c) || c == '\'';
    }
    return Character.isLetter(c) || Character.isSurrogate(c) || isApostrophe(c)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** An apostrophe between parts of a word; U+02BC is a letter, so a non-ASCII one here. */
  private static boolean isAsciiLetter(char c) {
    int lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
