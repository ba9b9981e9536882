package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The intervals of a list of claims ({@link Interval#of(Quantity, double)}, {@link
 * Interval#of(DateValue)}) as two arrays of longs, so that a group of a million claims is sorted,
 * clustered and compared without an object per claim.
 *
 * <p>Each interval is kept as a closed interval {@code [lo2, hi2]} of "doubled" coordinates: a
 * bound {@code v} (an integer, see below) becomes {@code 2v} when included and {@code 2v + 1}
 * (lower) or {@code 2v − 1} (upper) when excluded; unbounded sides are {@link Long#MIN_VALUE} and
 * {@link Long#MAX_VALUE}. Two intervals overlap exactly when {@code max(lo2) <= min(hi2)}, and
 * sorting by {@code (lo2, hi2)} is {@link Interval#byBounds()}.
 *
 * <p>The integers are exact: the bounds scaled by {@code 10^scale} (the largest scale any bound
 * needs, tolerances included) when all fit in 60 bits, which is the common case and needs no
 * {@link BigDecimal} beyond the quantity's own; otherwise the ranks of the distinct exact bounds
 * (comparisons stay exact, sums are then done on {@link Interval}s).
 */
final class IntervalTable {

  /** Scaled values must stay below this, so doubled values and sums of two never overflow. */
  private static final long LIMIT = 1L << 60;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Lower bounds in doubled coordinates, by claim position. */
  final long[] lo2;
  /** Upper bounds in doubled coordinates, by claim position. */
  final long[] hi2;
  /** The scale of the values, or -1 when they are ranks. */
  private final int scale;
  /** Ranked values: the distinct exact bounds, sorted; null when scaled. */
  private final BigDecimal[] ranked;

  private IntervalTable(long[] lo2, long[] hi2, int scale, BigDecimal[] ranked) {
    this.lo2 = lo2;
    this.hi2 = hi2;
    this.scale = scale;
    this.ranked = ranked;
  }

  /** The table of the claims' intervals, in the order given. */
  static IntervalTable of(List<Claim> claims, RuleContext ctx) {
    return of(claims, ctx, false);
  }

  /**
   * {@link #of(List, RuleContext)}; with {@code parallel}, the two halves of the claims are read
   * at once.
   */
  static IntervalTable of(List<Claim> claims, RuleContext ctx, boolean parallel) {
    // One pass over the claims: each interval at the scale it needs itself, then all at the
    // largest of those, on the longs alone.
    int n = claims.size();
    long[] lo2 = new long[n];
    long[] hi2 = new long[n];
    byte[] own = new byte[n];
    int mid = parallel ? n / 2 : n;
    int s = 0;
    for (int need : InOrder.run(parallel ? 2 : 1, parallel, h -> readOwnScale(claims,
        h == 0 ? 0 : mid, h == 0 ? mid : n, ctx, lo2, hi2, own))) {
      if (need < 0) {
        return ranked(claims, ctx); // figures beyond 60 bits at the scale needed: by rank
      }
      s = Math.max(s, need);
    }
    try {
      for (int i = 0; i < n; i++) {
        if (own[i] < s) {
          lo2[i] = rescaleLower(lo2[i], POW10[s - own[i]]);
          hi2[i] = rescaleUpper(hi2[i], POW10[s - own[i]]);
        }
      }
      return new IntervalTable(lo2, hi2, s, null);
    } catch (ArithmeticException tooLarge) {
      return ranked(claims, ctx);
    }
  }

  /**
   * Writes the intervals of claims {@code [from, to)} each at the scale it needs ({@code own});
   * returns the largest of those scales, or -1 when some claim cannot be scaled.
   */
  private static int readOwnScale(List<Claim> claims, int from, int to, RuleContext ctx,
      long[] lo2, long[] hi2, byte[] own) {
    Tolerances t = new Tolerances(ctx);
    Bounds b = new Bounds();
    int s = 0;
    try {
      for (int i = from; i < to; i++) {
        b.read(claims.get(i));
        int need = Math.max(0, scaleNeeded(b, t));
        if (need >= POW10.length) {
          return -1;
        }
        lo2[i] = lowerKey(b, need, t);
        hi2[i] = upperKey(b, need, t);
        own[i] = (byte) need;
        s = Math.max(s, need);
      }
      return s;
    } catch (ArithmeticException tooLarge) {
      return -1;
    }
  }

  /**
   * The intervals at positions {@code at} of this table, in that order, at its scale (or with its
   * ranks): ordered and overlapping as those of the same claims read again, so they cluster alike.
   */
  IntervalTable subset(int[] at) {
    long[] lo = new long[at.length];
    long[] hi = new long[at.length];
    for (int i = 0; i < at.length; i++) {
      lo[i] = lo2[at[i]];
      hi[i] = hi2[at[i]];
    }
    return new IntervalTable(lo, hi, scale, ranked);
  }

  /** A doubled lower bound times {@code factor}: the value scaled, excluded as before. */
  private static long rescaleLower(long lo2, long factor) {
    return lo2 == Long.MIN_VALUE ? lo2
        : 2 * bounded(Math.multiplyExact(lo2 >> 1, factor)) + (lo2 & 1);
  }

  /** A doubled upper bound times {@code factor}; see {@link #rescaleLower}. */
  private static long rescaleUpper(long hi2, long factor) {
    return hi2 == Long.MAX_VALUE ? hi2
        : 2 * bounded(Math.multiplyExact((hi2 + 1) >> 1, factor)) - (hi2 & 1);
  }

  private static IntervalTable ranked(List<Claim> claims, RuleContext ctx) {
    Interval[] intervals = new Interval[claims.size()];
    BigDecimal[] bounds = new BigDecimal[claims.size() * 2];
    int n = 0;
    for (int i = 0; i < intervals.length; i++) {
      Interval v = ctx.interval(claims.get(i));
      intervals[i] = v;
      if (v.low().isPresent()) {
        bounds[n++] = v.low().get();
      }
      if (v.high().isPresent()) {
        bounds[n++] = v.high().get();
      }
    }
    BigDecimal[] sorted = Arrays.copyOf(bounds, n);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (distinct == 0 || sorted[i].compareTo(sorted[distinct - 1]) != 0) {
        sorted[distinct++] = sorted[i];
      }
    }
    BigDecimal[] values = Arrays.copyOf(sorted, distinct);
    long[] lo2 = new long[intervals.length];
    long[] hi2 = new long[intervals.length];
    for (int i = 0; i < intervals.length; i++) {
      Interval v = intervals[i];
      lo2[i] = v.low().isEmpty() ? Long.MIN_VALUE
          : 2L * Arrays.binarySearch(values, v.low().get()) + (v.lowInclusive() ? 0 : 1);
      hi2[i] = v.high().isEmpty() ? Long.MAX_VALUE
          : 2L * Arrays.binarySearch(values, v.high().get()) - (v.highInclusive() ? 0 : 1);
    }
    return new IntervalTable(lo2, hi2, -1, values);
  }

  /** Whether the intervals {@code [alo2, ahi2]} and {@code [blo2, bhi2]} share a number. */
  static boolean overlaps(long alo2, long ahi2, long blo2, long bhi2) {
    return Math.max(alo2, blo2) <= Math.min(ahi2, bhi2);
  }

  /** Whether sums can be done on the longs (else on {@link #interval}s). */
  boolean scaled() {
    return ranked == null;
  }

  /** The scale of the values; meaningful when {@link #scaled()}. */
  int scale() {
    return scale;
  }

  /** The exact interval {@code [lo2, hi2]} stands for. */
  Interval interval(long lo2, long hi2) {
    BigDecimal lo = lo2 == Long.MIN_VALUE ? null : value(lo2 >> 1);
    BigDecimal hi = hi2 == Long.MAX_VALUE ? null : value((hi2 + 1) >> 1);
    boolean loOpen = (lo2 & 1) != 0;
    boolean hiOpen = (hi2 & 1) != 0;
    Interval low = lo == null ? Interval.all() : loOpen ? Interval.greaterThan(lo) : Interval.atLeast(lo);
    Interval high = hi == null ? Interval.all() : hiOpen ? Interval.lessThan(hi) : Interval.atMost(hi);
    return low.intersection(high).orElseThrow();
  }

  private BigDecimal value(long v) {
    return ranked == null ? BigDecimal.valueOf(v, scale) : ranked[(int) v];
  }

  /**
   * The lower bound in doubled coordinates of the sum of {@code [alo2, …]} and {@code [blo2, …]}
   * (both scaled): the sum of the values, excluded when either is.
   */
  static long sumLower(long alo2, long blo2) {
    if (alo2 == Long.MIN_VALUE || blo2 == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    long v = (alo2 >> 1) + (blo2 >> 1);
    return 2 * v + ((alo2 | blo2) & 1);
  }

  /** The upper bound of a sum; see {@link #sumLower}. */
  static long sumUpper(long ahi2, long bhi2) {
    if (ahi2 == Long.MAX_VALUE || bhi2 == Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    long v = ((ahi2 + 1) >> 1) + ((bhi2 + 1) >> 1);
    return 2 * v - ((ahi2 | bhi2) & 1);
  }

  /**
   * The doubled lower and upper bounds of claims at this table's scale, written to {@code lo2}
   * and {@code hi2} by position; false when some claim needs a larger scale or the table is
   * ranked (the arrays are then not all written). Each predicate's tolerance is read once.
   */
  boolean keys(List<Claim> claims, RuleContext ctx, long[] lo2, long[] hi2) {
    if (ranked != null) {
      return false;
    }
    Tolerances t = new Tolerances(ctx);
    try {
      Bounds b = new Bounds();
      for (int i = 0; i < claims.size(); i++) {
        b.read(claims.get(i));
        if (scaleNeeded(b, t) > scale) {
          return false;
        }
        lo2[i] = lowerKey(b, scale, t);
        hi2[i] = upperKey(b, scale, t);
      }
      return true;
    } catch (ArithmeticException tooLarge) {
      return false;
    }
  }

  /** The tolerance of the last predicate asked for, as an exact decimal. */
  private static final class Tolerances {
    private final RuleContext ctx;
    private String predicate;
    private long unscaled;
    private int scale;

    Tolerances(RuleContext ctx) {
      this.ctx = ctx;
    }

    /** Sets the tolerance of the predicate of {@code c}; see {@link Interval#of(Quantity, double)}. */
    void of(Claim c) {
      if (c.predicate().equals(predicate)) {
        return;
      }
      double d = ctx.tolerance(c.predicate());
      if (!(d >= 0)) {
        throw new IllegalArgumentException("tolerance must be >= 0, got " + d);
      }
      BigDecimal t = BigDecimal.valueOf(d);
      if (t.scale() < 0) {
        t = t.setScale(0);
      }
      predicate = c.predicate();
      scale = t.scale();
      unscaled = t.precision() <= 18 ? t.unscaledValue().longValue() : -1;
    }
  }

  /** Whether the quantity's interval widens its bounds by the tolerance. */
  private static boolean widened(Quantity q) {
    switch (q.kind()) {
      case APPROXIMATE:
        return !q.isVague();
      case RANGE:
        return q.isHedged();
      default:
        return false;
    }
  }

  /**
   * One claim's value as the keys read it: the claim, and its quantity with its bounds (null for
   * a date), each bound read once (the getters make an {@code Optional} per call). One is
   * reused claim after claim.
   */
  private static final class Bounds {
    Claim claim;
    Quantity q;
    BigDecimal lo;
    BigDecimal hi;

    void read(Claim c) {
      claim = c;
      q = c.value() instanceof Quantity x ? RuleContext.compared(x) : null; // as compared
      lo = q == null ? null : q.low().orElse(null);
      hi = q == null ? null : q.high().orElse(null);
    }
  }

  /**
   * The scale the claim's bounds need (0 for a date); {@link Integer#MAX_VALUE} when they cannot
   * be scaled.
   */
  private static int scaleNeeded(Bounds b, Tolerances t) {
    if (b.q == null) {
      return 0;
    }
    int s = Math.max(b.lo == null ? 0 : b.lo.scale(), b.hi == null ? 0 : b.hi.scale());
    if (widened(b.q)) {
      t.of(b.claim);
      if (t.unscaled < 0) {
        return Integer.MAX_VALUE;
      }
      s += t.scale;
    }
    return s;
  }

  /** {@code v} as an integer at scale {@code s} (at least its own scale). */
  private static long scaled(BigDecimal v, int s) {
    long unscaled = v.scale() == 0 ? v.longValueExact() : v.unscaledValue().longValueExact();
    return bounded(Math.multiplyExact(unscaled, POW10[s - v.scale()]));
  }

  private static long bounded(long v) {
    if (v >= LIMIT || v <= -LIMIT) {
      throw new ArithmeticException("beyond 60 bits");
    }
    return v;
  }

  /** {@code v ∓ |v|·t} at scale {@code s}: the widened lower ({@code sign} −1) or upper bound. */
  private static long widen(BigDecimal v, int s, Tolerances t, int sign) {
    long unscaled = v.scale() == 0 ? v.longValueExact() : v.unscaledValue().longValueExact();
    long base = Math.multiplyExact(unscaled, POW10[t.scale]);
    long delta = Math.multiplyExact(Math.abs(unscaled), t.unscaled);
    long w = sign < 0 ? Math.subtractExact(base, delta) : Math.addExact(base, delta);
    return bounded(Math.multiplyExact(w, POW10[s - v.scale() - t.scale]));
  }

  /** Whether "at most" leaves a count from 0 up (see {@link Interval#of(Quantity, double)}). */
  private static boolean holdsZero(Quantity q, BigDecimal hi) {
    return hi.signum() > 0 || (hi.signum() == 0 && q.highInclusive());
  }

  /** The doubled lower bound at scale {@code s}. */
  private static long lowerKey(Bounds b, int s, Tolerances t) {
    Quantity q = b.q;
    if (q == null) {
      return 2 * bounded(Math.multiplyExact(((DateValue) b.claim.value()).start().toEpochDay(),
          POW10[s]));
    }
    switch (q.kind()) {
      case AT_LEAST:
        return 2 * scaled(b.lo, s) + (q.lowInclusive() ? 0 : 1);
      case AT_MOST:
        return holdsZero(q, b.hi) ? 0 : Long.MIN_VALUE;
      default:
        if (widened(q)) {
          t.of(b.claim);
          return 2 * widen(b.lo, s, t, -1);
        }
        return 2 * scaled(b.lo, s);
    }
  }

  /** The doubled upper bound at scale {@code s}. */
  private static long upperKey(Bounds b, int s, Tolerances t) {
    Quantity q = b.q;
    if (q == null) {
      return 2 * bounded(Math.multiplyExact(((DateValue) b.claim.value()).end().toEpochDay(),
          POW10[s]));
    }
    switch (q.kind()) {
      case AT_LEAST:
        return Long.MAX_VALUE;
      case AT_MOST:
        return 2 * scaled(b.hi, s) - (q.highInclusive() ? 0 : 1);
      default:
        if (widened(q)) {
          t.of(b.claim);
          return 2 * widen(b.hi, s, t, 1);
        }
        return 2 * scaled(b.hi, s);
    }
  }
}
