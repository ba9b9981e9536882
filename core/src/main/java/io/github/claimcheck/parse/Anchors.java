package io.github.claimcheck.parse;

import io.github.claimcheck.internal.text.WordTable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words the scanners cannot find anything without: every expression the number scanner reads
 * holds a digit or one of its anchor words, every date expression a run of four digits (a year) or
 * one of its own. Most sentences of news hold neither, and {@link #mayHold} tells so from the
 * text's chars, for both scanners in one look, without cutting out, lower-casing or looking up its
 * words as the tokenizer would. Immutable.
 *
 * <p>The look is conservative: it answers yes for an anchor word, a word with an apostrophe in it
 * whose parts or joined parts are an anchor (both readings of {@code Jum'at}), and any word with a
 * non-ASCII letter or mark in it (which the scanners' readings may cut differently), so a no means
 * the scanner would find nothing.
 */
final class Anchors {

  /** The bit of the number scanner in {@link #mayHold}'s answer. */
  static final int NUMBERS = 1;
  /** The bit of the date scanner. */
  static final int DATES = 2;
  private static final int BOTH = NUMBERS | DATES;

  /** Each anchor word's scanners, as bits. */
  private final WordTable<Integer> words;
  /** Chars that are anchors on their own (a symbol's token), lower-cased, and their scanners. */
  private final String symbols;
  private final int[] symbolBits;
  /** Scanners with an anchor the look cannot see (a symbol that may join a word): always yes. */
  private final int always;
  /** Scanners for which any digit is an anchor; for the others only a run of exactly four. */
  private final int anyDigit;

  private Anchors(Map<String, Integer> words, Map<Character, Integer> symbols, int always,
      int anyDigit) {
    this.words = new WordTable<>(words);
    StringBuilder chars = new StringBuilder();
    this.symbolBits = new int[symbols.size()];
    symbols.forEach((c, bits) -> {
      symbolBits[chars.length()] = bits;
      chars.append(c.charValue());
    });
    this.symbols = chars.toString();
    this.always = always;
    this.anyDigit = anyDigit;
  }

  /**
   * The anchors of the two scanners, as lower-cased token keys: words, symbols of one char, and
   * digits. Any digit is an anchor of numbers; for dates a run of exactly four (a year; a date's
   * other digits stand next to a month, day or unit word, or to a {@code /} given as an anchor),
   * or any digit when a date key starts with one.
   */
  static Anchors of(Collection<String> numberKeys, Collection<String> dateKeys) {
    Map<String, Integer> words = new HashMap<>();
    Map<Character, Integer> symbols = new LinkedHashMap<>();
    int always = 0;
    int anyDigit = NUMBERS;
    for (int bit : new int[] {NUMBERS, DATES}) {
      for (String k : bit == NUMBERS ? numberKeys : dateKeys) {
        if (k.isEmpty()) {
          continue;
        }
        if (isDigit(k.charAt(0))) {
          anyDigit |= bit; // a phrase of digits: any digit may start it
        } else if (Character.isLetter(k.codePointAt(0))) {
          words.merge(k.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
        } else if (k.length() == 1 && !joins(k.charAt(0))) {
          symbols.merge(Character.toLowerCase(k.charAt(0)), bit, (a, b) -> a | b);
        } else {
          always |= bit;
        }
      }
    }
    return new Anchors(words, symbols, always, anyDigit);
  }

  /**
   * Returns the scanners of {@code wanted} ({@link #NUMBERS}, {@link #DATES}, as bits) that may
   * find something in the text: a scanner left out holds no digit it reads and no anchor of its
   * own there, as any reading here cuts the text.
   */
  int mayHold(CharSequence text, int wanted) {
    int found = always & wanted;
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n && found != wanted) {
      char c = s.charAt(i);
      if (isAsciiLetter(c)) {
        // The usual word, ASCII letters only: looked up as it stands, by the hash of its
        // lower-cased form (String.hashCode's) summed on the way.
        int j = i;
        int h = 0;
        do {
          h = 31 * h + (c | 0x20);
          c = ++j < n ? s.charAt(j) : ' ';
        } while (isAsciiLetter(c));
        if (!joins(c)) {
          Integer bits = words.getAscii(s, i, j, h);
          found |= bits == null ? 0 : bits & wanted;
          i = j;
          continue;
        }
        found |= word(s, i) & wanted; // an apostrophe or a non-ASCII letter in it
        while (i < n && joins(s.charAt(i))) {
          i++;
        }
      } else if (isDigit(c)) {
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
          j++;
        }
        found |= (j - i == 4 ? BOTH : anyDigit) & wanted;
        i = j;
      } else if (joins(c)) {
        found |= word(s, i) & wanted;
        while (i < n && joins(s.charAt(i))) {
          i++;
        }
      } else {
        int at = symbols.isEmpty() ? -1 : symbols.indexOf(Character.toLowerCase(c));
        found |= at < 0 ? 0 : symbolBits[at] & wanted;
        i++;
      }
    }
    return found;
  }

  /**
   * The scanners whose anchor the word starting at {@code from}, with an apostrophe or a non-ASCII
   * char, may be.
   */
  private int word(String s, int from) {
    int j = from;
    for (char d; j < s.length() && joins(d = s.charAt(j)); j++) {
      if (d >= 0x80 && !isApostrophe(d)) {
        return BOTH; // a non-ASCII letter or mark: each reading cuts such words its own way
      }
    }
    return anyPart(s, from, j);
  }

  /**
   * The scanners an anchor in a run of ASCII letters and apostrophes belongs to: a part between
   * apostrophes (as the number scanner reads it), or consecutive parts joined without them (as
   * the date scanner reads an inner apostrophe).
   */
  private int anyPart(CharSequence s, int from, int to) {
    int found = 0;
    StringBuilder joined = new StringBuilder();
    for (int a = from; a < to; a++) {
      if (a > from && !isApostrophe(s.charAt(a - 1))) {
        continue; // parts start after an apostrophe
      }
      joined.setLength(0);
      for (int b = a; b <= to; b++) {
        if (b < to && !isApostrophe(s.charAt(b))) {
          joined.append(s.charAt(b));
        } else if (joined.length() > 0) {
          Integer bits = words.get(joined, 0, joined.length());
          found |= bits == null ? 0 : bits;
        }
      }
    }
    return found;
  }

  /** Whether a char may be part of a word for some reading here. */
  private static boolean joins(char c) {
    if (c < 0x80) {
      return isAsciiLetter(c) || c == '\'';
    }
    return Character.isLetter(c) || Character.isSurrogate(c) || isApostrophe(c)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isAsciiLetter(char c) {
    int lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  /** An apostrophe between parts of a word; U+02BC is a letter, so a non-ASCII one here. */
  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
