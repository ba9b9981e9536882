package io.github.claimcheck.parse;

import io.github.claimcheck.internal.text.CutText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenizer of both scanners: the text cut once, in one linear pass, into runs of letters,
 * runs of ASCII digits and single other chars, each word lower-cased once and looked up once in
 * the language's {@link ScanWords}. The two scanners read the same cut their own way:
 *
 * <ul>
 *   <li>the date scanner reads {@link #dates()}: these tokens, with a word joined over an inner
 *       apostrophe ({@code Jum'at} is {@code jumat}; a trailing possessive {@code 's} is not part
 *       of the word);
 *   <li>the number scanner reads {@link #numberTokens()}: digit groups joined ({@code 10.000} and
 *       {@code 1,5} are one token), a word going on over combining marks and letters outside the
 *       basic plane, and no-break spaces read as spaces.
 * </ul>
 *
 * <p>A sentence the claim reader cut already is read off its cut instead ({@link
 * #of(CharSequence, CutText.Cut, int, ScanWords.Numbered, ScanWords)}), into the same tokens.
 */
final class TextTokens {

  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte PUNCT = 3;

  final CharSequence text;
  /** The words' look-ups, or null for a lexicon's own forms (looked up by no scanner). */
  private final ScanWords index;
  int size;
  int[] start;
  int[] end;
  /** Words lower-cased, digit runs {@code #}, dashes {@code -}, other chars as written. */
  String[] norm;
  /** Each norm's {@code hashCode()}, summed while cutting it (a new string has none cached). */
  private int[] hash;
  /** A word as written (the same string as its norm when that is lower case already). */
  private String[] raw;
  byte[] type;
  /** The word starts with an upper-case letter. */
  boolean[] cap;
  /** A line break lies between the previous token and this one. */
  boolean[] newline;
  /** The value of a digit run of at most 9 digits, else -1. */
  int[] num;
  /** Each token's look-up in {@link #index}, made on first use. */
  private ScanWords.Word[] words;
  /**
   * Each token's word number in the numbering of the cut it was read off ({@link
   * CutText.Cut#wordNumber}) plus {@link #NUMBERED} (0: a token cut here), or null when the
   * whole text was cut here.
   */
  private int[] numbers;
  private static final int NUMBERED = 3;
  /** What the words of that numbering are to the scanners, by number. */
  private ScanWords.Numbered numbered;
  /** Whether a word is followed by an apostrophe and a letter, so {@link #dates()} may join it. */
  private boolean apostrophes;
  private TextTokens joined;

  /** Where {@link #split()} starts and stops, and whether a line break comes before the start. */
  private final int from;
  private final int to;
  private final boolean newlineFirst;

  private TextTokens(CharSequence text, int from, int to, boolean newlineFirst, ScanWords index,
      int capacity) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.newlineFirst = newlineFirst;
    this.index = index;
    int cap0 = Math.max(16, capacity);
    start = new int[cap0];
    end = new int[cap0];
    norm = new String[cap0];
    hash = new int[cap0];
    raw = new String[cap0];
    type = new byte[cap0];
    cap = new boolean[cap0];
    newline = new boolean[cap0];
    num = new int[cap0];
  }

  /** The tokens of a lexicon's form: no look-ups. */
  static TextTokens of(CharSequence text) {
    return of(text, 0, text.length(), false, null);
  }

  /** The tokens of a whole text, looked up in {@code index}. */
  static TextTokens of(CharSequence text, ScanWords index) {
    return of(text, 0, text.length(), false, index);
  }

  /**
   * The tokens of {@code text} from {@code from} to {@code to}, with offsets into the whole text.
   * Both ends must be at the text's ends or at a space (which no token spans), so the tokens are
   * those of the whole text there; {@code newlineFirst} says whether a line break comes between
   * the token before {@code from} and the first one.
   */
  static TextTokens of(CharSequence text, int from, int to, boolean newlineFirst,
      ScanWords index) {
    TextTokens t = new TextTokens(text, from, to, newlineFirst, index, (to - from) / 4);
    t.split();
    return t;
  }

  /** Whether tokens never span {@code c}: a space as {@link #split()} reads it. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  /** Token {@code k}'s look-up in the language's words. */
  ScanWords.Word word(int k) {
    if (words == null) {
      words = new ScanWords.Word[size];
    }
    ScanWords.Word w = words[k];
    if (w == null) {
      int n = numbers == null ? 0 : numbers[k];
      w = n == 0 ? index.get(norm[k], hash[k]) : numbered.word(n - NUMBERED, norm[k], hash[k]);
      words[k] = w;
    }
    return w;
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

  /**
   * The tokens of {@code text}, read off the cut a caller made of it ({@link CutText}) instead of
   * cut again: the same tokens as {@link #of(CharSequence, ScanWords)} gives. A token of the cut
   * is a run of letters and digits or one other char, so each of these tokens lies within one of
   * its tokens; a token of ASCII letters only (most words) is one token here, with the cut's
   * strings and hash, and any other is split as the text would be.
   */
  static TextTokens of(CharSequence text, CutText.Cut cut, int base, ScanWords.Numbered numbered,
      ScanWords index) {
    TextTokens t = new TextTokens(text, 0, text.length(), false, index, text.length() / 4);
    t.numbered = numbered;
    t.numbers = new int[t.start.length];
    t.split(cut, base);
    return t;
  }

  private void split() {
    split(from, to, newlineFirst);
  }

  private void split(CutText.Cut cut, int base) {
    CharSequence s = text;
    int at = 0; // the end of the cut's token before
    boolean nl = false;
    for (int k = 0; k < cut.size(); k++) {
      int i = cut.start(k) - base;
      int j = cut.end(k) - base;
      for (; at < i; at++) {
        char c = s.charAt(at);
        nl |= c == '\n' || c == '\r';
      }
      if (asciiLetters(s, i, j)) {
        apostrophes |= apostropheAt(j);
        boolean upper = s.charAt(i) <= 'Z'; // an ASCII letter
        add(i, j, cut.lower(k), cut.lowerHash(k), cut.written(k), WORD, upper, nl, -1);
        numbers[size - 1] = cut.wordNumber(k) + NUMBERED;
        nl = false;
      } else {
        nl = split(i, j, nl);
      }
      at = j;
    }
  }

  /**
   * Cuts {@code text[i, n)}, {@code nl} saying whether a line break comes before it; returns
   * whether one comes after its last token.
   */
  private boolean split(int i, int n, boolean nl) {
    CharSequence s = text;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (c == '\n' || c == '\r') {
          nl = true;
        }
        i++;
        continue;
      }
      int j = i + 1;
      byte ty;
      String nm;
      String rw = null;
      int value = -1;
      int hash = 0;
      if (c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c)) {
        // Most words are ASCII: no letter table needed, and the hash of the lower-cased word
        // (String.hashCode's) is summed on the way, for the look-up.
        int h = c < 0x80 ? c | 0x20 : 0;
        boolean ascii = c < 0x80;
        for (char d; j < n && ((d = s.charAt(j)) < 0x80 ? isAsciiLetter(d)
            : Character.isLetter(d)); j++) {
          ascii &= d < 0x80;
          h = 31 * h + (d | 0x20);
        }
        rw = s.subSequence(i, j).toString();
        nm = rw.toLowerCase(Locale.ROOT); // the same string when it is lower case already
        hash = ascii ? h : nm.hashCode();
        ty = WORD;
        apostrophes |= apostropheAt(j);
      } else if (c >= '0' && c <= '9') {
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        if (j - i <= 9) {
          value = digitsValue(s, i, j); // nine digits never overflow an int
        }
        nm = "#";
        hash = nm.hashCode();
        ty = NUM;
      } else {
        nm = punct(c);
        hash = nm.hashCode();
        ty = PUNCT;
      }
      add(i, j, nm, hash, rw, ty, Character.isUpperCase(c), nl, value);
      nl = false;
      i = j;
    }
    return nl;
  }

  /**
   * The tokens as the date scanner reads them: these, unless a word goes on over an inner
   * apostrophe, which joins the parts into one word without apostrophes ({@code Jum'at} is
   * {@code jumat}, not {@code the town's}).
   */
  TextTokens dates() {
    if (!apostrophes) {
      return this;
    }
    if (joined == null) {
      joined = joinApostrophes();
    }
    return joined;
  }

  private TextTokens joinApostrophes() {
    TextTokens d = new TextTokens(text, from, to, newlineFirst, index, size);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < size; ) {
      int e = k;
      while (type[e] == WORD && e + 2 < size && type[e + 1] == PUNCT && start[e + 1] == end[e]
          && isApostrophe(text.charAt(start[e + 1])) && type[e + 2] == WORD
          && start[e + 2] == end[e + 1] && !possessive(e + 2)) {
        e += 2;
      }
      if (e == k) {
        d.add(start[k], end[k], norm[k], hash[k], raw[k], type[k], cap[k], newline[k], num[k]);
      } else {
        String w = withoutApostrophes(text, start[k], end[e], sb).toLowerCase(Locale.ROOT);
        d.add(start[k], end[e], w, w.hashCode(), null, WORD, cap[k], newline[k], -1);
      }
      k = e + 1;
    }
    return d;
  }

  /** Whether word {@code k}, after an apostrophe, is a lone {@code s}: a possessive. */
  private boolean possessive(int k) {
    char c = text.charAt(start[k]);
    return end[k] - start[k] == 1 && (c == 's' || c == 'S');
  }

  /**
   * The tokens as the number scanner reads them: letter runs (going on over combining marks and
   * letters outside the basic plane), digit runs (with inner {@code .} or {@code ,} each followed
   * by a digit, so {@code 10.000.000} and {@code 1,5} are one token) and single symbols; no-break
   * spaces are spaces here, remembered as {@link Token#glued}.
   */
  List<Token> numberTokens() {
    List<Token> out = new ArrayList<>(size);
    int prevEnd = -1;
    for (int k = 0; k < size; ) {
      int s = start[k];
      char c = text.charAt(s);
      int next = k + 1;
      Token t;
      if (type[k] == NUM) {
        int digits = end[k] - s;
        while (next + 1 < size && type[next] == PUNCT && start[next] == end[next - 1]
            && groupMark(text.charAt(start[next])) && type[next + 1] == NUM
            && start[next + 1] == end[next]) {
          digits += end[next + 1] - start[next + 1];
          next += 2;
        }
        t = new Token(Token.Type.NUMBER, s, end[next - 1], text(s, end[next - 1]), null,
            s == prevEnd, digits, null);
      } else if (type[k] == PUNCT && Character.isSpaceChar(c)) {
        k++; // a no-break space the date scanner keeps
        continue;
      } else if (type[k] == WORD || letterPair(k)) {
        next = wordEnd(k);
        if (next == k + 1 && type[k] == WORD) {
          t = new Token(Token.Type.WORD, s, end[k], raw[k], norm[k], s == prevEnd, 0,
              index == null ? null : word(k));
        } else {
          t = new Token(Token.Type.WORD, s, end[next - 1], text(s, end[next - 1]), null,
              s == prevEnd, 0, null);
        }
      } else {
        next = pair(k) ? k + 2 : k + 1;
        String p = next == k + 1 && norm[k].charAt(0) == c ? norm[k] : text(s, end[next - 1]);
        t = new Token(Token.Type.PUNCT, s, end[next - 1], p, null, s == prevEnd, 0, null);
      }
      out.add(t);
      prevEnd = t.end;
      k = next;
    }
    return out;
  }

  /** The token after the number scanner's word starting at token {@code k}. */
  private int wordEnd(int k) {
    int p = pair(k) ? k + 2 : k + 1;
    while (p < size && start[p] == end[p - 1]) {
      if (type[p] == WORD) {
        p++;
      } else if (type[p] == PUNCT && Character.getType(text.charAt(start[p]))
          == Character.NON_SPACING_MARK) {
        p++;
      } else if (pair(p) && (Character.isLetter(codePoint(p))
          || Character.getType(codePoint(p)) == Character.NON_SPACING_MARK)) {
        p += 2;
      } else {
        break;
      }
    }
    return p;
  }

  /** Whether tokens {@code k} and {@code k + 1} are the two halves of one char outside the basic plane. */
  private boolean pair(int k) {
    return k + 1 < size && type[k] == PUNCT && start[k + 1] == end[k]
        && Character.isHighSurrogate(text.charAt(start[k]))
        && Character.isLowSurrogate(text.charAt(start[k + 1]));
  }

  private boolean letterPair(int k) {
    return pair(k) && Character.isLetter(codePoint(k));
  }

  private int codePoint(int k) {
    return Character.toCodePoint(text.charAt(start[k]), text.charAt(start[k + 1]));
  }

  private String text(int s, int e) {
    return text.subSequence(s, e).toString();
  }

  /** Whether an apostrophe and a letter follow the word ending at {@code j} ({@link #dates()}). */
  private boolean apostropheAt(int j) {
    return j + 1 < to && isApostrophe(text.charAt(j)) && Character.isLetter(text.charAt(j + 1));
  }

  /** Whether {@code s[from, to)} holds ASCII letters only. */
  private static boolean asciiLetters(CharSequence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isAsciiLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    int lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  private static boolean groupMark(char c) {
    return c == '.' || c == ',';
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
      if (!isApostrophe(d) && d != '\u02BC') {
        sb.append(d);
      }
    }
    return sb.toString();
  }

  /** An apostrophe between parts of a word; U+02BC is a letter, so part of a word already. */
  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
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

  private void add(int s, int e, String nm, int h, String rw, byte ty, boolean upper, boolean nl,
      int value) {
    if (size == start.length) {
      int c = size * 2;
      start = Arrays.copyOf(start, c);
      end = Arrays.copyOf(end, c);
      norm = Arrays.copyOf(norm, c);
      hash = Arrays.copyOf(hash, c);
      raw = Arrays.copyOf(raw, c);
      type = Arrays.copyOf(type, c);
      cap = Arrays.copyOf(cap, c);
      newline = Arrays.copyOf(newline, c);
      num = Arrays.copyOf(num, c);
      if (numbers != null) {
        numbers = Arrays.copyOf(numbers, c);
      }
    }
    start[size] = s;
    end[size] = e;
    norm[size] = nm;
    hash[size] = h;
    raw[size] = rw;
    type[size] = ty;
    cap[size] = upper;
    newline[size] = nl;
    num[size] = value;
    size++;
  }
}
