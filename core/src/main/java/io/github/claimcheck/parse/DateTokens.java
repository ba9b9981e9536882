package io.github.claimcheck.parse;

import java.util.Arrays;
import java.util.Locale;

/**
 * The text split into words, digit runs and single punctuation chars, in one linear pass. Words
 * are normalised to lower case without apostrophes ({@code Jum'at} becomes {@code jumat}); a
 * trailing possessive {@code 's} is not part of the word.
 */
final class DateTokens {

  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte PUNCT = 3;

  final CharSequence text;
  int size;
  int[] start;
  int[] end;
  String[] norm;
  byte[] type;
  /** The word starts with an upper-case letter. */
  boolean[] cap;
  /** A line break lies between the previous token and this one. */
  boolean[] newline;
  /** The value of a digit run of at most 9 digits, else -1. */
  int[] num;

  /** Each token's date-lexicon entries, filled by {@link DateLexicon} as it asks (one lexicon). */
  DateLexicon.Word[] words;
  DateLexicon wordsOf;

  /** Where {@link #split()} starts and stops, and whether a line break comes before the start. */
  private final int from;
  private final int to;
  private final boolean newlineFirst;

  private DateTokens(CharSequence text, int from, int to, boolean newlineFirst) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.newlineFirst = newlineFirst;
    int cap0 = Math.max(16, (to - from) / 4);
    start = new int[cap0];
    end = new int[cap0];
    norm = new String[cap0];
    type = new byte[cap0];
    cap = new boolean[cap0];
    newline = new boolean[cap0];
    num = new int[cap0];
  }

  static DateTokens of(CharSequence text) {
    return of(text, 0, text.length(), false);
  }

  /**
   * The tokens of {@code text} from {@code from} to {@code to}, with offsets into the whole text.
   * Both ends must be at the text's ends or at a space (which no token spans), so the tokens are
   * those of the whole text there; {@code newlineFirst} says whether a line break comes between
   * the token before {@code from} and the first one.
   */
  static DateTokens of(CharSequence text, int from, int to, boolean newlineFirst) {
    DateTokens t = new DateTokens(text, from, to, newlineFirst);
    t.split();
    return t;
  }

  /** Whether tokens never span {@code c}: a space as {@link #split()} reads it. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  /** Returns the digit count of token {@code k}, or 0 when it is not a digit run. */
  int digits(int k) {
    return k < size && type[k] == NUM ? end[k] - start[k] : 0;
  }

  boolean isPunct(int k, String p) {
    return k >= 0 && k < size && type[k] == PUNCT && norm[k].equals(p);
  }

  /** Whether token {@code k} ends a sentence or begins a new line after it. */
  boolean sentenceBreakBefore(int k) {
    if (k <= 0) {
      return true;
    }
    if (newline[k]) {
      return true;
    }
    int p = k - 1;
    if (type[p] != PUNCT) {
      return false;
    }
    if (norm[p].equals(".")) {
      // "1.090", "Dec. 20", "s.d. itu": a full stop before a number or a lower-case word on the
      // same line does not end a sentence
      return !(type[k] == NUM || (type[k] == WORD && !cap[k]));
    }
    return norm[p].equals("!") || norm[p].equals("?") || norm[p].equals(";");
  }

  /** Whether token {@code k} opens a sentence (quotes and brackets before it are skipped). */
  boolean sentenceStart(int k) {
    int p = k;
    while (p > 0 && type[p - 1] == PUNCT && isOpener(norm[p - 1]) && !newline[p]) {
      p--;
    }
    return sentenceBreakBefore(p);
  }

  private static boolean isOpener(String s) {
    return s.equals("\"") || s.equals("(") || s.equals("[") || s.equals("'") || s.equals("“")
        || s.equals("‘") || s.equals("-");
  }

  private void split() {
    CharSequence s = text;
    int n = to;
    int i = from;
    boolean nl = newlineFirst;
    StringBuilder sb = new StringBuilder();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (c == '\n' || c == '\r') {
          nl = true;
        }
        i++;
        continue;
      }
      int j;
      byte ty;
      String nm;
      int value = -1;
      if (Character.isLetter(c)) {
        j = i + 1;
        boolean apostrophe = false;
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetter(d)) {
            j++;
          } else if (isApostrophe(d) && j + 1 < n && Character.isLetter(s.charAt(j + 1))
              && !possessive(s, j, n)) {
            apostrophe = true;
            j++;
          } else {
            break;
          }
        }
        // Most words hold no apostrophe: then the word is the text as it stands.
        nm = (apostrophe ? withoutApostrophes(s, i, j, sb) : s.subSequence(i, j).toString())
            .toLowerCase(Locale.ROOT);
        ty = WORD;
      } else if (c >= '0' && c <= '9') {
        j = i + 1;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        if (j - i <= 9) {
          value = digitsValue(s, i, j); // nine digits never overflow an int
        }
        nm = "#";
        ty = NUM;
      } else {
        j = i + 1;
        nm = punct(c);
        ty = PUNCT;
      }
      add(i, j, nm, ty, Character.isUpperCase(c), nl, value);
      nl = false;
      i = j;
    }
  }

  /** The value of the ASCII digits {@code s[from, to)}, as {@link Integer#parseInt} reads them. */
  private static int digitsValue(CharSequence s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  private static String withoutApostrophes(CharSequence s, int from, int to, StringBuilder sb) {
    sb.setLength(0);
    for (int k = from; k < to; k++) {
      char d = s.charAt(k);
      if (!isApostrophe(d)) {
        sb.append(d);
      }
    }
    return sb.toString();
  }

  private static boolean possessive(CharSequence s, int j, int n) {
    char next = s.charAt(j + 1);
    return (next == 's' || next == 'S') && (j + 2 >= n || !Character.isLetter(s.charAt(j + 2)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  private static String punct(char c) {
    switch (c) {
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
      case '-':
        return "-";
      case '.':
        return ".";
      case ',':
        return ",";
      case '(':
        return "(";
      case ')':
        return ")";
      case '/':
        return "/";
      default:
        return String.valueOf(c);
    }
  }

  private void add(int s, int e, String nm, byte ty, boolean upper, boolean nl, int value) {
    if (size == start.length) {
      int c = size * 2;
      start = Arrays.copyOf(start, c);
      end = Arrays.copyOf(end, c);
      norm = Arrays.copyOf(norm, c);
      type = Arrays.copyOf(type, c);
      cap = Arrays.copyOf(cap, c);
      newline = Arrays.copyOf(newline, c);
      num = Arrays.copyOf(num, c);
    }
    start[size] = s;
    end[size] = e;
    norm[size] = nm;
    type[size] = ty;
    cap[size] = upper;
    newline[size] = nl;
    num[size] = value;
    size++;
  }
}
