package io.github.claimcheck.internal.text;

import io.github.claimcheck.model.Span;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text as a reader sees it, for reading figures and words, with the way back to the offsets of
 * the text as given. Immutable.
 *
 * <ul>
 *   <li>Format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens,
 *       byte-order marks, bidirectional controls, tags) show nothing, so they are left out: a
 *       zero-width space inside {@code 1​20} no longer splits it.
 *   <li>Fullwidth forms ({@code １２０}, {@code ｏｒａｎｇ}) become their ASCII letters, digits and
 *       signs, the ideographic space a space, and the decimal digits of other scripts ASCII
 *       digits (the compatibility mappings of NFKC that change no length and no meaning).
 *   <li>A no-break, narrow no-break, figure or thin space between groups of digits ({@code
 *       10 000}) is left out when the groups are a valid thousands grouping (1–3 digits, then
 *       groups of exactly 3, an optional decimal part at the end), so the figure is one number;
 *       elsewhere it stays a space.
 *   <li>Digits that are displayed in another order than they are stored (a right-to-left override
 *       around {@code 021} shows {@code 120}; the Unicode bidirectional algorithm decides, through
 *       {@link Bidi}) are not read: they become U+FFFD and are listed as {@link Refusal}s.
 * </ul>
 *
 * <p>Every character kept or replaced maps to one character of the original, so a span of the
 * visible text maps back to a span of the original that covers the same visible characters.
 * Linear in the length of the text; a text that needs none of this (the usual case) is returned
 * as it is after one pass that allocates nothing.
 */
public final class VisibleText {

  /**
   * Digits not read because they are displayed in another order than they are stored.
   *
   * @param span where they are in the original text, from the first digit to the last
   * @param stored the digits in the order they are stored (and would be read)
   * @param shown the digits in the order they are displayed
   */
  public record Refusal(Span span, String stored, String shown) {}

  private static final char REFUSED = '\ufffd';

  private final String original;
  private final String text;
  /** Original offset of each char of {@link #text}; null when the text is unchanged. */
  private final int[] toOriginal;
  private final List<Refusal> refusals;

  private VisibleText(String original, String text, int[] toOriginal, List<Refusal> refusals) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
    this.refusals = refusals;
  }

  /** Returns the visible form of {@code original}. */
  public static VisibleText of(CharSequence original) {
    String s = original.toString();
    // A text whose cutter saw ASCII chars only needs no look at them here.
    if ((original instanceof CutText c && c.cut().allAscii()) || !needsWork(s)) {
      return new VisibleText(s, s, null, List.of());
    }
    return new Builder(s).build();
  }

  /** Returns the text to read. */
  public String text() {
    return text;
  }

  /** Returns whether the text to read is the original text, with the same offsets. */
  public boolean unchanged() {
    return toOriginal == null;
  }

  /** Returns the digits not read, in text order. */
  public List<Refusal> refusals() {
    return refusals;
  }

  /**
   * Returns the span of the original text that holds what {@code span} of the visible text holds:
   * from its first character to its last (an empty span stays empty, at its place).
   */
  public Span toOriginal(Span span) {
    if (toOriginal == null) {
      return span;
    }
    int start = originalOffset(span.start());
    int end = span.end() == span.start() ? start : toOriginal[span.end() - 1] + 1;
    return Span.of(start, end);
  }

  /** Returns the text of the original that {@code span} of the visible text covers. */
  public String originalText(Span span) {
    return toOriginal(span).of(original);
  }

  private int originalOffset(int i) {
    return i < text.length() ? toOriginal[i] : original.length();
  }

  /** Whether any character may need dropping, mapping, or the bidirectional algorithm. */
  private static boolean needsWork(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || special(c))) {
        if (!Character.isSurrogate(c)) {
          return true;
        }
        int cp = s.codePointAt(i);
        if (Character.getType(cp) == Character.FORMAT || rightToLeft(cp)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean special(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.DECIMAL_DIGIT_NUMBER
        || groupSpace(c)
        || (c >= 0xff01 && c <= 0xff5e)
        || c == 0x3000
        || rightToLeft(c);
  }

  private static boolean rightToLeft(int cp) {
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** No-break, figure, thin and narrow no-break spaces: thousands separators in print. */
  static boolean groupSpace(char c) {
    return c == 0x00a0 || c == 0x2007 || c == 0x2009 || c == 0x202f;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** One pass over the original: what each char becomes, digit runs, bidi, then the text. */
  private static final class Builder {
    private final String s;
    private final int n;
    /** What each char of the original becomes; meaningful where {@link #drop} is false. */
    private final char[] out;
    private final boolean[] drop;
    private final List<Refusal> refusals = new ArrayList<>();

    Builder(String s) {
      this.s = s;
      this.n = s.length();
      this.out = s.toCharArray();
      this.drop = new boolean[n];
    }

    VisibleText build() {
      mapCharacters();
      List<int[]> runs = digitRuns();
      refuseReordered(runs);
      StringBuilder sb = new StringBuilder(n);
      int[] map = new int[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (!drop[i]) {
          sb.append(out[i]);
          map[k++] = i;
        }
      }
      String text = sb.toString();
      if (text.equals(s)) {
        return new VisibleText(s, s, null, List.of());
      }
      return new VisibleText(s, text, Arrays.copyOf(map, k), Collections.unmodifiableList(refusals));
    }

    private void mapCharacters() {
      for (int i = 0; i < n; ) {
        int cp = s.codePointAt(i);
        int len = Character.charCount(cp);
        if (Character.getType(cp) == Character.FORMAT) {
          Arrays.fill(drop, i, i + len, true);
        } else if (len == 1) {
          out[i] = visible((char) cp);
        }
        i += len;
      }
    }

    private static char visible(char c) {
      if (c < 0x80) {
        return c;
      }
      if (c >= 0xff01 && c <= 0xff5e) {
        return (char) (c - 0xfee0); // fullwidth ASCII
      }
      if (c == 0x3000) {
        return ' ';
      }
      if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        return (char) ('0' + Character.digit(c, 10));
      }
      return c;
    }

    private int skipDropped(int i) {
      while (i < n && drop[i]) {
        i++;
      }
      return i;
    }

    /**
     * Runs of digits joined by {@code .}, {@code ,}, group spaces and dropped characters, as
     * {@code [start, end)} of the original (first digit to after the last one); group spaces of
     * a valid grouping are dropped.
     */
    private List<int[]> digitRuns() {
      List<int[]> runs = new ArrayList<>();
      int i = 0;
      while (i < n) {
        if (drop[i] || !digit(out[i])) {
          i++;
          continue;
        }
        int start = i;
        int last = i;
        List<Integer> spaces = new ArrayList<>(0);
        int j = i + 1;
        while (true) {
          int k = skipDropped(j);
          if (k < n && digit(out[k])) {
            last = k;
            j = k + 1;
            continue;
          }
          if (k < n && (out[k] == '.' || out[k] == ',' || groupSpace(out[k]))) {
            int m = skipDropped(k + 1);
            if (m < n && digit(out[m])) {
              if (groupSpace(out[k])) {
                spaces.add(k);
              }
              last = m;
              j = m + 1;
              continue;
            }
          }
          break;
        }
        if (!spaces.isEmpty() && validGrouping(start, last + 1, spaces)) {
          spaces.forEach(p -> drop[p] = true);
        }
        runs.add(new int[] {start, last + 1});
        i = last + 1;
      }
      return runs;
    }

    /** 1–3 digits, then groups of exactly 3 between the spaces, a decimal part after the last. */
    private boolean validGrouping(int start, int end, List<Integer> spaces) {
      int from = start;
      for (int g = 0; g <= spaces.size(); g++) {
        int to = g < spaces.size() ? spaces.get(g) : end;
        int digits = 0;
        boolean mark = false;
        int afterMark = 0;
        for (int i = from; i < to; i++) {
          if (drop[i]) {
            continue;
          }
          if (digit(out[i])) {
            if (mark) {
              afterMark++;
            } else {
              digits++;
            }
          } else if (g == spaces.size() && !mark) {
            mark = true; // the decimal mark of the last group
          } else {
            return false;
          }
        }
        boolean ok = g == 0 ? digits >= 1 && digits <= 3 : digits == 3;
        if (!ok || (mark && afterMark == 0)) {
          return false;
        }
        from = to + 1;
      }
      return true;
    }

    /** Refuses runs whose digits the bidirectional algorithm displays in another order. */
    private void refuseReordered(List<int[]> runs) {
      int r = 0;
      int lineStart = 0;
      while (lineStart <= n && r < runs.size()) {
        int lineEnd = lineEnd(lineStart);
        int first = r;
        while (r < runs.size() && runs.get(r)[0] < lineEnd) {
          r++;
        }
        if (r > first && Bidi.requiresBidi(out, lineStart, lineEnd)) {
          checkLine(lineStart, lineEnd, runs.subList(first, r));
        }
        lineStart = lineEnd + 1;
      }
    }

    private int lineEnd(int from) {
      for (int i = from; i < n; i++) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r' || c == 0x2029 || c == 0x85) {
          return i;
        }
      }
      return n;
    }

    private void checkLine(int from, int to, List<int[]> runs) {
      // the original characters, controls included: they are what the display reorders by
      Bidi bidi = new Bidi(s.substring(from, to), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
      int len = to - from;
      byte[] levels = new byte[len];
      Integer[] order = new Integer[len];
      for (int i = 0; i < len; i++) {
        levels[i] = (byte) bidi.getLevelAt(i);
        order[i] = i;
      }
      Bidi.reorderVisually(levels, 0, order, 0, len);
      int[] position = new int[len];
      for (int v = 0; v < len; v++) {
        position[order[v]] = v;
      }
      for (int[] run : runs) {
        List<Integer> digits = new ArrayList<>();
        for (int i = run[0]; i < run[1]; i++) {
          if (!drop[i] && digit(out[i])) {
            digits.add(i);
          }
        }
        StringBuilder stored = new StringBuilder();
        digits.forEach(i -> stored.append(out[i]));
        digits.sort((a, b) -> Integer.compare(position[a - from], position[b - from]));
        StringBuilder shown = new StringBuilder();
        digits.forEach(i -> shown.append(out[i]));
        if (!stored.toString().equals(shown.toString())) {
          for (int i = run[0]; i < run[1]; i++) {
            if (!drop[i] && digit(out[i])) {
              out[i] = REFUSED;
            }
          }
          refusals.add(new Refusal(Span.of(run[0], run[1]), stored.toString(), shown.toString()));
        }
      }
    }
  }
}
