package io.github.claimcheck.model;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-empty interval of numbers: what a claim's value stands for when values are compared and
 * charted. Immutable and thread-safe; built on Guava's {@link Range} (see {@link #range()}).
 *
 * <p>Arithmetic is exact: bounds are {@link BigDecimal}s in canonical form (see {@link
 * Quantity#canonical}), so figures of any size compare without rounding. Dates are converted to
 * epoch days ({@link java.time.LocalDate#toEpochDay()}), so a {@link DateValue} of granularity year
 * is the closed interval of all its days.
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>factory</th><th>interval</th></tr>
 *   <tr><td>{@link #closed}</td><td>[low, high]</td></tr>
 *   <tr><td>{@link #atLeast}</td><td>[n, ∞)</td></tr>
 *   <tr><td>{@link #greaterThan}</td><td>(n, ∞)</td></tr>
 *   <tr><td>{@link #atMost}</td><td>(−∞, n]</td></tr>
 *   <tr><td>{@link #lessThan}</td><td>(−∞, n)</td></tr>
 *   <tr><td>{@link #closedOpen}</td><td>[low, high)</td></tr>
 *   <tr><td>{@link #all}</td><td>(−∞, ∞)</td></tr>
 *   <tr><td>{@link #of(DateValue)}</td><td>the epoch days of a date or period</td></tr>
 *   <tr><td>{@link #of(Quantity, double)}</td><td>what a figure stands for, given a tolerance</td></tr>
 *   <tr><td>{@link #of(Range)}</td><td>any non-empty Guava range</td></tr>
 * </table>
 *
 * <p>An absent lower bound means unbounded below, an absent upper bound unbounded above; an absent
 * bound is never inclusive.
 *
 * @since 0.1.0
 */
public final class Interval {

  private static final Interval ALL = new Interval(Range.all());

  private final Range<BigDecimal> range;

  private Interval(Range<BigDecimal> range) {
    this.range = range;
  }

  /** Bounds already canonical; rejects an empty range. */
  private static Interval checked(Range<BigDecimal> range) {
    if (range.isEmpty()) {
      throw new IllegalArgumentException("empty interval: " + describe(range));
    }
    return new Interval(range);
  }

  private static BigDecimal bound(BigDecimal n, String name) {
    return Quantity.canonical(Objects.requireNonNull(n, name));
  }

  /**
   * Returns the closed interval {@code [low, high]}.
   *
   * @throws NullPointerException if a bound is null
   * @throws IllegalArgumentException if {@code low > high}
   */
  public static Interval closed(BigDecimal low, BigDecimal high) {
    BigDecimal lo = bound(low, "low");
    BigDecimal hi = bound(high, "high");
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval: [" + lo.toPlainString() + ", "
          + hi.toPlainString() + "]");
    }
    return new Interval(Range.closed(lo, hi));
  }

  /** Returns the closed interval {@code [low, high]}; see {@link #closed(BigDecimal, BigDecimal)}. */
  public static Interval closed(long low, long high) {
    return closed(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  /**
   * Returns the interval {@code [low, high)}.
   *
   * @throws IllegalArgumentException if {@code low >= high}
   */
  public static Interval closedOpen(BigDecimal low, BigDecimal high) {
    BigDecimal lo = bound(low, "low");
    BigDecimal hi = bound(high, "high");
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval: [" + lo.toPlainString() + ", "
          + hi.toPlainString() + ")");
    }
    return checked(Range.closedOpen(lo, hi));
  }

  /** Returns the interval {@code [n, ∞)}: {@code n} and every number above it. */
  public static Interval atLeast(BigDecimal n) {
    return new Interval(Range.atLeast(bound(n, "n")));
  }

  /** Returns the interval {@code (n, ∞)}: every number above {@code n}. */
  public static Interval greaterThan(BigDecimal n) {
    return new Interval(Range.greaterThan(bound(n, "n")));
  }

  /** Returns the interval {@code (−∞, n]}: {@code n} and every number below it. */
  public static Interval atMost(BigDecimal n) {
    return new Interval(Range.atMost(bound(n, "n")));
  }

  /** Returns the interval {@code (−∞, n)}: every number below {@code n}. */
  public static Interval lessThan(BigDecimal n) {
    return new Interval(Range.lessThan(bound(n, "n")));
  }

  /** Returns the interval of every number, {@code (−∞, ∞)}. */
  public static Interval all() {
    return ALL;
  }

  /**
   * Returns the interval holding the numbers of a Guava range.
   *
   * @throws IllegalArgumentException if the range is empty (such as {@code [1, 1)})
   */
  public static Interval of(Range<BigDecimal> range) {
    Range<BigDecimal> r = Objects.requireNonNull(range, "range");
    if (!r.hasLowerBound() && !r.hasUpperBound()) {
      return ALL;
    }
    BigDecimal lo = r.hasLowerBound() ? Quantity.canonical(r.lowerEndpoint()) : null;
    BigDecimal hi = r.hasUpperBound() ? Quantity.canonical(r.upperEndpoint()) : null;
    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval: " + describe(r));
    }
    return checked(range(lo, r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED,
        hi, r.hasUpperBound() && r.upperBoundType() == BoundType.CLOSED));
  }

  /** A range of canonical bounds, null for unbounded. */
  private static Range<BigDecimal> range(
      BigDecimal lo, boolean loClosed, BigDecimal hi, boolean hiClosed) {
    BoundType lt = loClosed ? BoundType.CLOSED : BoundType.OPEN;
    BoundType ht = hiClosed ? BoundType.CLOSED : BoundType.OPEN;
    if (lo == null) {
      return hi == null ? Range.all() : Range.upTo(hi, ht);
    }
    return hi == null ? Range.downTo(lo, lt) : Range.range(lo, lt, hi, ht);
  }

  /** Returns the closed interval of the epoch days of {@code date}, ends included. */
  public static Interval of(DateValue date) {
    return closed(date.start().toEpochDay(), date.end().toEpochDay());
  }

  /**
   * Returns the interval a quantity stands for, given the tolerance for approximate figures.
   *
   * <ul>
   *   <li>exact {@code n}: {@code [n, n]};
   *   <li>approximate point {@code n}: {@code [n·(1−t), n·(1+t)]};
   *   <li>vague amount ({@link Quantity#isVague()}): its bounds, not widened;
   *   <li>range: {@code [low, high]}, widened to {@code [low·(1−t), high·(1+t)]} when hedged;
   *   <li>at least {@code n}: {@code [n, ∞)}, or {@code (n, ∞)} when not inclusive;
   *   <li>at most {@code n}: {@code [0, n]}, or {@code [0, n)} when not inclusive (a count is
   *       never negative); when that would hold no number at all ({@code n} below zero, or "less
   *       than 0"), {@code (−∞, n]} or {@code (−∞, n)}, what the bound itself says.
   * </ul>
   *
   * <p>Every quantity has an interval: this method never fails on a quantity.
   *
   * @param quantity the quantity
   * @param tolerance the relative tolerance {@code t}, at least 0 (0.1 means ±10 %)
   * @throws IllegalArgumentException if {@code tolerance} is negative or not a number
   */
  public static Interval of(Quantity quantity, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    BigDecimal lo = quantity.low().orElse(null);
    BigDecimal hi = quantity.high().orElse(null);
    switch (quantity.kind()) {
      case EXACT:
        return closed(lo, hi);
      case APPROXIMATE:
        return quantity.isVague() ? closed(lo, hi) : widen(lo, hi, tolerance);
      case RANGE:
        return quantity.isHedged() ? widen(lo, hi, tolerance) : closed(lo, hi);
      case AT_LEAST:
        return quantity.lowInclusive() ? atLeast(lo) : greaterThan(lo);
      case AT_MOST:
        boolean inclusive = quantity.highInclusive();
        if (hi.signum() > 0 || (hi.signum() == 0 && inclusive)) {
          return inclusive ? closed(BigDecimal.ZERO, hi) : closedOpen(BigDecimal.ZERO, hi);
        }
        return inclusive ? atMost(hi) : lessThan(hi);
      default:
        throw new AssertionError(quantity.kind());
    }
  }

  private static Interval widen(BigDecimal lo, BigDecimal hi, double tolerance) {
    BigDecimal t = BigDecimal.valueOf(tolerance);
    return closed(lo.subtract(lo.abs().multiply(t)), hi.add(hi.abs().multiply(t)));
  }

  /** Returns the interval as a Guava range (bounds canonical, never empty). */
  public Range<BigDecimal> range() {
    return range;
  }

  /** Returns the lower bound; empty when unbounded below. */
  public Optional<BigDecimal> low() {
    return range.hasLowerBound() ? Optional.of(range.lowerEndpoint()) : Optional.empty();
  }

  /** Returns the upper bound; empty when unbounded above. */
  public Optional<BigDecimal> high() {
    return range.hasUpperBound() ? Optional.of(range.upperEndpoint()) : Optional.empty();
  }

  /** Returns whether the lower bound belongs to the interval; false when unbounded below. */
  public boolean lowInclusive() {
    return range.hasLowerBound() && range.lowerBoundType() == BoundType.CLOSED;
  }

  /** Returns whether the upper bound belongs to the interval; false when unbounded above. */
  public boolean highInclusive() {
    return range.hasUpperBound() && range.upperBoundType() == BoundType.CLOSED;
  }

  /** Returns whether {@code n} lies in the interval. */
  public boolean contains(BigDecimal n) {
    return range.contains(n);
  }

  /** Returns whether the two intervals share at least one number. */
  public boolean overlaps(Interval other) {
    return !endsBelow(this, other) && !endsBelow(other, this);
  }

  /** Returns whether every number of {@code other} lies in this interval. */
  public boolean contains(Interval other) {
    return range.encloses(other.range);
  }

  /** Returns the numbers both intervals hold, empty when they do not overlap. */
  public Optional<Interval> intersection(Interval other) {
    return overlaps(other)
        ? Optional.of(new Interval(range.intersection(other.range)))
        : Optional.empty();
  }

  /**
   * Returns the interval of every sum {@code x + y} with {@code x} in this interval and {@code y}
   * in {@code other}.
   */
  public Interval plus(Interval other) {
    BigDecimal lo = !range.hasLowerBound() || !other.range.hasLowerBound() ? null
        : range.lowerEndpoint().add(other.range.lowerEndpoint());
    BigDecimal hi = !range.hasUpperBound() || !other.range.hasUpperBound() ? null
        : range.upperEndpoint().add(other.range.upperEndpoint());
    return checked(range(lo == null ? null : Quantity.canonical(lo),
        lowInclusive() && other.lowInclusive(),
        hi == null ? null : Quantity.canonical(hi), highInclusive() && other.highInclusive()));
  }

  /** Returns whether every number of this interval is below every number of {@code other}. */
  public boolean isBelow(Interval other) {
    return endsBelow(this, other);
  }

  /** Whether a ends strictly before b starts. */
  private static boolean endsBelow(Interval a, Interval b) {
    if (!a.range.hasUpperBound() || !b.range.hasLowerBound()) {
      return false;
    }
    int c = a.range.upperEndpoint().compareTo(b.range.lowerEndpoint());
    return c < 0 || (c == 0 && !(a.highInclusive() && b.lowInclusive()));
  }

  /**
   * Orders intervals by where they start (unbounded below first; at one number, an inclusive bound
   * before an exclusive one), then by where they end (at one number, exclusive before inclusive;
   * unbounded above last).
   */
  public static Comparator<Interval> byBounds() {
    return BY_BOUNDS;
  }

  private static final Comparator<Interval> BY_BOUNDS =
      (a, b) -> {
        int c = compareLow(a, b);
        return c != 0 ? c : compareHigh(a, b);
      };

  /** Compares lower bounds: a negative result means {@code a} starts lower. */
  private static int compareLow(Interval a, Interval b) {
    boolean al = a.range.hasLowerBound();
    boolean bl = b.range.hasLowerBound();
    if (!al || !bl) {
      return !al ? (!bl ? 0 : -1) : 1;
    }
    int c = a.range.lowerEndpoint().compareTo(b.range.lowerEndpoint());
    if (c != 0) {
      return c;
    }
    return a.lowInclusive() == b.lowInclusive() ? 0 : (a.lowInclusive() ? -1 : 1);
  }

  /** Compares upper bounds: a negative result means {@code a} ends lower. */
  private static int compareHigh(Interval a, Interval b) {
    boolean ah = a.range.hasUpperBound();
    boolean bh = b.range.hasUpperBound();
    if (!ah || !bh) {
      return !ah ? (!bh ? 0 : 1) : -1;
    }
    int c = a.range.upperEndpoint().compareTo(b.range.upperEndpoint());
    if (c != 0) {
      return c;
    }
    return a.highInclusive() == b.highInclusive() ? 0 : (a.highInclusive() ? 1 : -1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval v && range.equals(v.range);
  }

  @Override
  public int hashCode() {
    return range.hashCode();
  }

  /**
   * Returns the interval as a quantity, for texts: a point is exact, a closed interval a range, an
   * interval open on one side at least (more than) or at most (less than) its bound.
   *
   * @throws IllegalStateException if the interval has no bound at all
   */
  public Quantity asQuantity() {
    BigDecimal lo = low().orElse(null);
    BigDecimal hi = high().orElse(null);
    if (lo == null && hi == null) {
      throw new IllegalStateException("an interval with no bound is no quantity: " + this);
    }
    if (hi == null) {
      return lowInclusive() ? Quantity.atLeast(lo) : Quantity.greaterThan(lo);
    }
    if (lo == null) {
      return highInclusive() ? Quantity.atMost(hi) : Quantity.lessThan(hi);
    }
    return lo.compareTo(hi) == 0 ? Quantity.exact(lo) : Quantity.range(lo, hi);
  }

  /** Returns a form such as {@code [540, 660]} or {@code (10000, ∞)}. */
  @Override
  public String toString() {
    return describe(range);
  }

  private static String describe(Range<BigDecimal> r) {
    boolean lo = r.hasLowerBound();
    boolean hi = r.hasUpperBound();
    return (lo && r.lowerBoundType() == BoundType.CLOSED ? "[" : "(")
        + (lo ? r.lowerEndpoint().toPlainString() : "-∞")
        + ", "
        + (hi ? r.upperEndpoint().toPlainString() : "∞")
        + (hi && r.upperBoundType() == BoundType.CLOSED ? "]" : ")");
  }
}
