package io.github.claimcheck.model;

/**
 * A half-open range {@code [start, end)} of {@code char} offsets into an article's text, as given
 * (not into a cleaned copy).
 *
 * @param start offset of the first char, at least 0
 * @param end offset after the last char, at least {@code start}
 */
public record Span(int start, int end) {

  /** Validates the offsets. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Returns a span from {@code start} (inclusive) to {@code end} (exclusive). */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Returns the number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Returns whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Returns the smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** Returns the covered part of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
