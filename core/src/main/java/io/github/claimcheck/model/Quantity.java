package io.github.claimcheck.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A numeric value as an interval with a {@link QuantityKind}.
 *
 * <p>Bounds are {@link BigDecimal}s in canonical form (trailing zeros stripped, never a negative
 * scale), so values of any size are kept exactly and {@code equals} agrees with {@code
 * compareTo}. An absent bound is unbounded: {@link #low()} is empty for {@link
 * QuantityKind#AT_MOST} and {@link #high()} for {@link QuantityKind#AT_LEAST}. {@link
 * Interval#of(Quantity, double)} gives the interval a quantity stands for when values are compared.
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>factory</th><th>kind</th><th>interval</th></tr>
 *   <tr><td>{@link #exact}</td><td>exact</td><td>[n, n]</td></tr>
 *   <tr><td>{@link #approximately}</td><td>approximate</td><td>[n, n], soft</td></tr>
 *   <tr><td>{@link #vague}</td><td>approximate</td><td>[low, high], for example ribuan</td></tr>
 *   <tr><td>{@link #range}</td><td>range</td><td>[low, high]</td></tr>
 *   <tr><td>{@link #atLeast(BigDecimal) atLeast}</td><td>at_least</td><td>[n, ∞)</td></tr>
 *   <tr><td>{@link #greaterThan(BigDecimal) greaterThan}</td><td>at_least</td><td>(n, ∞)</td></tr>
 *   <tr><td>{@link #atMost(BigDecimal) atMost}</td><td>at_most</td><td>[0, n]</td></tr>
 *   <tr><td>{@link #lessThan(BigDecimal) lessThan}</td><td>at_most</td><td>[0, n)</td></tr>
 * </table>
 */
public final class Quantity implements Value {

  private final QuantityKind kind;
  private final BigDecimal low;
  private final BigDecimal high;
  private final boolean lowInclusive;
  private final boolean highInclusive;
  private final boolean vague;
  private final boolean hedged;

  private Quantity(
      QuantityKind kind,
      BigDecimal low,
      BigDecimal high,
      boolean lowInclusive,
      boolean highInclusive,
      boolean vague,
      boolean hedged) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.low = low == null ? null : canonical(low);
    this.high = high == null ? null : canonical(high);
    if (this.low != null && this.high != null && this.low.compareTo(this.high) > 0) {
      throw new IllegalArgumentException("low bound " + low + " exceeds high bound " + high);
    }
    this.lowInclusive = lowInclusive;
    this.highInclusive = highInclusive;
    this.vague = vague;
    this.hedged = hedged;
  }

  /** Returns {@code value} with trailing zeros stripped and a scale of at least 0. */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** An exact figure {@code [n, n]}. */
  public static Quantity exact(BigDecimal n) {
    return new Quantity(QuantityKind.EXACT, req(n), n, true, true, false, false);
  }

  /** An exact figure {@code [n, n]}. */
  public static Quantity exact(long n) {
    return exact(BigDecimal.valueOf(n));
  }

  /** A hedged figure ({@code sekitar n}): kind approximate, bounds {@code [n, n]}. */
  public static Quantity approximately(BigDecimal n) {
    return new Quantity(QuantityKind.APPROXIMATE, req(n), n, true, true, false, true);
  }

  /** A hedged figure ({@code sekitar n}): kind approximate, bounds {@code [n, n]}. */
  public static Quantity approximately(long n) {
    return approximately(BigDecimal.valueOf(n));
  }

  /**
   * A vague amount such as {@code ribuan} (thousands): kind approximate with the bounds the words
   * allow, for example {@code [1000, 9999]}.
   */
  public static Quantity vague(BigDecimal low, BigDecimal high) {
    return new Quantity(QuantityKind.APPROXIMATE, req(low), req(high), true, true, true, true);
  }

  /** A vague amount; see {@link #vague(BigDecimal, BigDecimal)}. */
  public static Quantity vague(long low, long high) {
    return vague(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  /** A range {@code [low, high]} ({@code 10.000 hingga 12.000}). */
  public static Quantity range(BigDecimal low, BigDecimal high) {
    return new Quantity(QuantityKind.RANGE, req(low), req(high), true, true, false, false);
  }

  /** A range {@code [low, high]}. */
  public static Quantity range(long low, long high) {
    return range(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  /** A lower bound {@code [n, ∞)} ({@code setidaknya n}, {@code at least n}). */
  public static Quantity atLeast(BigDecimal n) {
    return new Quantity(QuantityKind.AT_LEAST, req(n), null, true, false, false, false);
  }

  /** A lower bound {@code [n, ∞)}; see {@link #atLeast(BigDecimal)}. */
  public static Quantity atLeast(long n) {
    return atLeast(BigDecimal.valueOf(n));
  }

  /** A lower bound {@code (n, ∞)} that excludes {@code n} ({@code lebih dari n}, {@code more than n}). */
  public static Quantity greaterThan(BigDecimal n) {
    return new Quantity(QuantityKind.AT_LEAST, req(n), null, false, false, false, false);
  }

  /** A lower bound {@code (n, ∞)}; see {@link #greaterThan(BigDecimal)}. */
  public static Quantity greaterThan(long n) {
    return greaterThan(BigDecimal.valueOf(n));
  }

  /** An upper bound {@code [0, n]} ({@code hingga n}, {@code up to n}). */
  public static Quantity atMost(BigDecimal n) {
    return new Quantity(QuantityKind.AT_MOST, null, req(n), false, true, false, false);
  }

  /** An upper bound {@code [0, n]}; see {@link #atMost(BigDecimal)}. */
  public static Quantity atMost(long n) {
    return atMost(BigDecimal.valueOf(n));
  }

  /**
   * An upper bound {@code [0, n)} that excludes {@code n} ({@code hampir n}, {@code kurang dari
   * n}, {@code nearly n}).
   */
  public static Quantity lessThan(BigDecimal n) {
    return new Quantity(QuantityKind.AT_MOST, null, req(n), false, false, false, false);
  }

  /** An upper bound {@code [0, n)}; see {@link #lessThan(BigDecimal)}. */
  public static Quantity lessThan(long n) {
    return lessThan(BigDecimal.valueOf(n));
  }

  /**
   * Returns this quantity marked as hedged ({@code sekitar 10.000 hingga 12.000}). An exact
   * figure becomes approximate; other kinds keep their kind and gain the flag.
   */
  public Quantity hedged() {
    QuantityKind k = kind == QuantityKind.EXACT ? QuantityKind.APPROXIMATE : kind;
    return new Quantity(k, low, high, lowInclusive, highInclusive, vague, true);
  }

  /** Returns this quantity with both bounds multiplied by {@code factor}. */
  public Quantity scaledBy(BigDecimal factor) {
    return new Quantity(
        kind,
        low == null ? null : low.multiply(factor),
        high == null ? null : high.multiply(factor),
        lowInclusive,
        highInclusive,
        vague,
        hedged);
  }

  /**
   * Returns the quantity with exactly these parts, as {@link #kind()}, {@link #low()}, {@link
   * #high()} and the flags give them: the way back from a stored or transmitted quantity.
   *
   * @param kind the kind
   * @param low the lower bound, or {@code null} when unbounded below
   * @param high the upper bound, or {@code null} when unbounded above
   * @param lowInclusive whether the lower bound is included
   * @param highInclusive whether the upper bound is included
   * @param vague whether the amount was vague words
   * @param hedged whether the figure was hedged
   * @throws NullPointerException if {@code kind} is null, or a bound the kind has is null (a lower
   *     bound for all kinds but {@link QuantityKind#AT_MOST}, an upper one for all but {@link
   *     QuantityKind#AT_LEAST})
   * @throws IllegalArgumentException if {@code low} exceeds {@code high}, or a bound is given that
   *     the kind has not
   * @since 0.1.0
   */
  public static Quantity of(QuantityKind kind, BigDecimal low, BigDecimal high,
      boolean lowInclusive, boolean highInclusive, boolean vague, boolean hedged) {
    Objects.requireNonNull(kind, "kind");
    if (kind != QuantityKind.AT_MOST) {
      Objects.requireNonNull(low, "low");
    } else if (low != null) {
      throw new IllegalArgumentException("an upper bound only has no lower bound");
    }
    if (kind != QuantityKind.AT_LEAST) {
      Objects.requireNonNull(high, "high");
    } else if (high != null) {
      throw new IllegalArgumentException("a lower bound only has no upper bound");
    }
    return new Quantity(kind, low, high, lowInclusive, highInclusive, vague, hedged);
  }

  private static BigDecimal req(BigDecimal n) {
    return Objects.requireNonNull(n, "value");
  }

  /** Returns the kind. */
  public QuantityKind kind() {
    return kind;
  }

  /** Returns the lower bound; empty when unbounded below ({@link QuantityKind#AT_MOST}). */
  public Optional<BigDecimal> low() {
    return Optional.ofNullable(low);
  }

  /** Returns the upper bound; empty when unbounded above ({@link QuantityKind#AT_LEAST}). */
  public Optional<BigDecimal> high() {
    return Optional.ofNullable(high);
  }

  /** Returns whether the lower bound itself is included; false when there is none. */
  public boolean lowInclusive() {
    return lowInclusive;
  }

  /** Returns whether the upper bound itself is included; false when there is none. */
  public boolean highInclusive() {
    return highInclusive;
  }

  /** Returns whether the amount was vague words ({@code ribuan}, {@code dozens}), not a figure. */
  public boolean isVague() {
    return vague;
  }

  /** Returns whether the figure was hedged ({@code sekitar}, {@code about}) or vague. */
  public boolean isHedged() {
    return hedged;
  }

  /** Returns whether this is a single point: exact or approximate with equal bounds. */
  public boolean isPoint() {
    return low != null && high != null && low.compareTo(high) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q
        && kind == q.kind
        && Objects.equals(low, q.low)
        && Objects.equals(high, q.high)
        && lowInclusive == q.lowInclusive
        && highInclusive == q.highInclusive
        && vague == q.vague
        && hedged == q.hedged;
  }

  @Override
  public int hashCode() {
    // Objects.hash(kind, low, high, lowInclusive, highInclusive, vague, hedged) without its array:
    // sets of a million values hash each one.
    int h = 31 + kind.hashCode();
    h = 31 * h + Objects.hashCode(low);
    h = 31 * h + Objects.hashCode(high);
    h = 31 * h + Boolean.hashCode(lowInclusive);
    h = 31 * h + Boolean.hashCode(highInclusive);
    h = 31 * h + Boolean.hashCode(vague);
    return 31 * h + Boolean.hashCode(hedged);
  }

  /** Returns a compact form such as {@code ≈600}, {@code 10000–12000}, {@code >10000}. */
  @Override
  public String toString() {
    return symbols(BigDecimal::toPlainString);
  }

  /**
   * Returns the value in symbols like {@link #toString()}, with thousands grouped by commas:
   * {@code ≈15,000}, {@code 10,000–12,000}, {@code ≤9,000,000}.
   *
   * @since 0.1.0
   */
  public String toGroupedString() {
    return symbols(Quantity::grouped);
  }

  /**
   * Returns a number with its thousands grouped by commas: {@code 1234567.5} gives {@code
   * 1,234,567.5}; the digits are those of {@link BigDecimal#toPlainString()}.
   *
   * @since 0.1.0
   */
  public static String grouped(BigDecimal n) {
    String plain = n.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3);
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + sb + (dot < 0 ? "" : digits.substring(dot));
  }

  private String symbols(java.util.function.Function<BigDecimal, String> number) {
    String lo = low == null ? null : number.apply(low);
    String hi = high == null ? null : number.apply(high);
    String prefix = hedged && kind != QuantityKind.APPROXIMATE ? "≈" : "";
    switch (kind) {
      case EXACT:
        return lo;
      case APPROXIMATE:
        return isPoint() ? "≈" + lo : "≈" + lo + "–" + hi;
      case RANGE:
        return prefix + lo + "–" + hi;
      case AT_LEAST:
        return prefix + (lowInclusive ? "≥" : ">") + lo;
      case AT_MOST:
        return prefix + (highInclusive ? "≤" : "<") + hi;
      default:
        throw new AssertionError(kind);
    }
  }
}
