package io.github.claimcheck.extract;

import java.util.Arrays;

/**
 * The quoted stretches of an article: text between an opening and a closing quotation mark on one
 * line ({@code "…"}, {@code “…”}). A quote left open runs to the end of its line, as a quoted
 * paragraph does. Words inside a quote speak from the speaker's day, not the report's: "hari ini"
 * in a quote is the day the speaker said it.
 *
 * <p>Immutable; built in one pass over the text.
 */
final class Quotes {

  private static final Quotes NONE = new Quotes(new int[0]);

  /** Start and end offsets of each quoted stretch, in text order: {s0, e0, s1, e1, ...}. */
  private final int[] bounds;

  private Quotes(int[] bounds) {
    this.bounds = bounds;
  }

  /** Finds the quoted stretches of {@code text}. */
  static Quotes of(CharSequence text) {
    int[] b = new int[8];
    int n = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          b = add(b, n, open, i);
          n += 2;
          open = -1;
        }
      } else if (c == '“' || (c == '"' && open < 0)) {
        if (open < 0) {
          open = i;
        }
      } else if ((c == '”' || c == '"') && open >= 0) {
        b = add(b, n, open, i + 1);
        n += 2;
        open = -1;
      }
    }
    if (open >= 0) {
      b = add(b, n, open, text.length());
      n += 2;
    }
    return n == 0 ? NONE : new Quotes(Arrays.copyOf(b, n));
  }

  private static int[] add(int[] b, int n, int start, int end) {
    int[] out = n + 2 > b.length ? Arrays.copyOf(b, b.length * 2) : b;
    out[n] = start;
    out[n + 1] = end;
    return out;
  }

  /** Whether the char at {@code offset} lies inside a quote. */
  boolean inside(int offset) {
    int lo = 0;
    int hi = bounds.length / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid + 1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < bounds.length / 2 && bounds[2 * lo] <= offset;
  }
}
