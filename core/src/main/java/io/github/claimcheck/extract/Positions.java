package io.github.claimcheck.extract;

import io.github.claimcheck.model.Span;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary searches over tokens and other things in text order. Tokens do not overlap, so their
 * starts and ends both ascend.
 */
final class Positions {

  private Positions() {}

  /** The first token starting at or after {@code offset}, else the token count. */
  static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() >= offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The first token ending after {@code offset}, or -1. */
  static int firstToken(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  /** The last token starting before {@code offset}, or -1. */
  static int lastToken(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  static boolean within(Token tok, Span s) {
    return tok.start() >= s.start() && tok.end() <= s.end();
  }

  /**
   * The items of a list in text order whose position lies in {@code [from, to)}: a view, found
   * by binary search, so that a figure weighs only the words and figures within its reach.
   */
  static <T> List<T> within(List<T> inOrder, ToIntFunction<T> position, int from, int to) {
    int lo = firstAtOrAfter(inOrder, position, from);
    int hi = Math.max(lo, firstAtOrAfter(inOrder, position, to));
    // the whole list when all of it lies within (a sentence shorter than a figure's reach)
    return lo == 0 && hi == inOrder.size() ? inOrder : inOrder.subList(lo, hi);
  }

  static <T> int firstAtOrAfter(List<T> inOrder, ToIntFunction<T> position, int at) {
    int lo = 0;
    int hi = inOrder.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (position.applyAsInt(inOrder.get(mid)) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The span moved by {@code base} chars: a sentence offset made an article offset. */
  static Span shift(Span s, int base) {
    return Span.of(s.start() + base, s.end() + base);
  }
}
