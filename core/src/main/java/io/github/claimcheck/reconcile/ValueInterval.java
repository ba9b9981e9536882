package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An interval of numbers used to compare claim values, with optional bounds and per-bound
 * inclusivity. Immutable and thread-safe.
 *
 * <p>Arithmetic is exact: bounds are {@link BigDecimal}s, so figures of any size compare without
 * rounding. Dates are converted to epoch days ({@link java.time.LocalDate#toEpochDay()}), so a
 * {@link DateValue} of granularity year is the closed interval of all its days.
 *
 * <p>An absent lower bound means unbounded below, an absent upper bound unbounded above; an
 * absent bound is never inclusive.
 */
public final class ValueInterval {

  private final BigDecimal low;
  private final boolean lowInclusive;
  private final BigDecimal high;
  private final boolean highInclusive;

  private ValueInterval(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive) {
    this(canonical(low), lowInclusive, canonical(high), highInclusive, true);
  }

  /** A null bound is unbounded and stays null. */
  private static BigDecimal canonical(BigDecimal bound) {
    return bound == null ? null : Quantity.canonical(bound);
  }

  /** Bounds already canonical. */
  private ValueInterval(
      BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive, boolean unused) {
    this.low = low;
    this.high = high;
    this.lowInclusive = low != null && lowInclusive;
    this.highInclusive = high != null && highInclusive;
    if (this.low != null && this.high != null) {
      int c = this.low.compareTo(this.high);
      if (c > 0 || (c == 0 && !(this.lowInclusive && this.highInclusive))) {
        throw new IllegalArgumentException("empty interval: " + describe());
      }
    }
  }

  /**
   * Returns an interval.
   *
   * @param low the lower bound, or {@code null} for unbounded below
   * @param lowInclusive whether {@code low} itself belongs to the interval
   * @param high the upper bound, or {@code null} for unbounded above
   * @param highInclusive whether {@code high} itself belongs to the interval
   * @throws IllegalArgumentException if the interval would be empty
   */
  public static ValueInterval of(
      BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive) {
    return new ValueInterval(low, lowInclusive, high, highInclusive);
  }

  /**
   * Returns the closed interval {@code [low, high]}.
   *
   * @throws NullPointerException if a bound is null
   * @throws IllegalArgumentException if {@code low > high}
   */
  public static ValueInterval closed(BigDecimal low, BigDecimal high) {
    return new ValueInterval(
        Objects.requireNonNull(low, "low"), true, Objects.requireNonNull(high, "high"), true);
  }

  /** Returns the closed interval of the epoch days of {@code date}, ends included. */
  public static ValueInterval of(DateValue date) {
    return closed(
        BigDecimal.valueOf(date.start().toEpochDay()), BigDecimal.valueOf(date.end().toEpochDay()));
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
  public static ValueInterval of(Quantity quantity, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    BigDecimal t = BigDecimal.valueOf(tolerance);
    BigDecimal lo = quantity.low().orElse(null);
    BigDecimal hi = quantity.high().orElse(null);
    switch (quantity.kind()) {
      case EXACT:
        return closed(lo, hi);
      case APPROXIMATE:
        return quantity.isVague() ? closed(lo, hi) : widen(lo, hi, t);
      case RANGE:
        return quantity.isHedged() ? widen(lo, hi, t) : closed(lo, hi);
      case AT_LEAST:
        return of(lo, quantity.lowInclusive(), null, false);
      case AT_MOST:
        boolean holdsZero = hi.signum() > 0 || (hi.signum() == 0 && quantity.highInclusive());
        return of(holdsZero ? BigDecimal.ZERO : null, true, hi, quantity.highInclusive());
      default:
        throw new AssertionError(quantity.kind());
    }
  }

  private static ValueInterval widen(BigDecimal lo, BigDecimal hi, BigDecimal t) {
    BigDecimal a = lo.subtract(lo.abs().multiply(t));
    BigDecimal b = hi.add(hi.abs().multiply(t));
    return closed(a, b);
  }

  /** Returns the lower bound; empty when unbounded below. */
  public Optional<BigDecimal> low() {
    return Optional.ofNullable(low);
  }

  /** Returns the upper bound; empty when unbounded above. */
  public Optional<BigDecimal> high() {
    return Optional.ofNullable(high);
  }

  /** Returns whether the lower bound belongs to the interval; false when unbounded below. */
  public boolean lowInclusive() {
    return lowInclusive;
  }

  /** Returns whether the upper bound belongs to the interval; false when unbounded above. */
  public boolean highInclusive() {
    return highInclusive;
  }

  /** Returns whether the two intervals share at least one number. */
  public boolean overlaps(ValueInterval other) {
    return !endsBelow(this, other) && !endsBelow(other, this);
  }

  /** Returns whether every number of {@code other} lies in this interval. */
  public boolean contains(ValueInterval other) {
    return compareLow(this, other) <= 0 && compareHigh(this, other) >= 0;
  }

  /** Returns the numbers both intervals hold, empty when they do not overlap. */
  public Optional<ValueInterval> intersection(ValueInterval other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    ValueInterval lo = compareLow(this, other) >= 0 ? this : other;
    ValueInterval hi = compareHigh(this, other) <= 0 ? this : other;
    return Optional.of(
        new ValueInterval(lo.low, lo.lowInclusive, hi.high, hi.highInclusive, true));
  }

  /**
   * Returns the interval of every sum {@code x + y} with {@code x} in this interval and {@code y}
   * in {@code other}.
   */
  public ValueInterval plus(ValueInterval other) {
    BigDecimal lo = low == null || other.low == null ? null : low.add(other.low);
    BigDecimal hi = high == null || other.high == null ? null : high.add(other.high);
    return new ValueInterval(
        lo, lowInclusive && other.lowInclusive, hi, highInclusive && other.highInclusive);
  }

  /** Returns whether every number of this interval is below every number of {@code other}. */
  public boolean isBelow(ValueInterval other) {
    return endsBelow(this, other);
  }

  /** Whether a ends strictly before b starts. */
  private static boolean endsBelow(ValueInterval a, ValueInterval b) {
    if (a.high == null || b.low == null) {
      return false;
    }
    int c = a.high.compareTo(b.low);
    return c < 0 || (c == 0 && !(a.highInclusive && b.lowInclusive));
  }

  /** Compares lower bounds: a negative result means {@code a} starts lower. */
  static int compareLow(ValueInterval a, ValueInterval b) {
    if (a.low == null || b.low == null) {
      return a.low == null ? (b.low == null ? 0 : -1) : 1;
    }
    int c = a.low.compareTo(b.low);
    if (c != 0) {
      return c;
    }
    return a.lowInclusive == b.lowInclusive ? 0 : (a.lowInclusive ? -1 : 1);
  }

  /** Compares upper bounds: a negative result means {@code a} ends lower. */
  static int compareHigh(ValueInterval a, ValueInterval b) {
    if (a.high == null || b.high == null) {
      return a.high == null ? (b.high == null ? 0 : 1) : -1;
    }
    int c = a.high.compareTo(b.high);
    if (c != 0) {
      return c;
    }
    return a.highInclusive == b.highInclusive ? 0 : (a.highInclusive ? 1 : -1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueInterval v
        && Objects.equals(low, v.low)
        && Objects.equals(high, v.high)
        && lowInclusive == v.lowInclusive
        && highInclusive == v.highInclusive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, high, lowInclusive, highInclusive);
  }

  /** Returns a form such as {@code [540, 660]} or {@code (10000, ∞)}. */
  /**
   * Returns the interval as a quantity, for texts: a point is exact, a closed interval a range, an
   * unbounded one at least (or at most) its bound.
   *
   * @throws IllegalStateException if the interval has no bound at all
   */
  public Quantity asQuantity() {
    if (low == null && high == null) {
      throw new IllegalStateException("an interval with no bound is no quantity");
    }
    if (high == null) {
      return Quantity.atLeast(low, lowInclusive);
    }
    if (low == null) {
      return Quantity.atMost(high, highInclusive);
    }
    return low.compareTo(high) == 0 ? Quantity.exact(low) : Quantity.range(low, high);
  }

  @Override
  public String toString() {
    return describe();
  }

  private String describe() {
    return (lowInclusive ? "[" : "(")
        + (low == null ? "-∞" : low.toPlainString())
        + ", "
        + (high == null ? "∞" : high.toPlainString())
        + (highInclusive ? "]" : ")");
  }
}
