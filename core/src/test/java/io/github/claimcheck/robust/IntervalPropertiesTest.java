package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Interval comparison is symmetric: {@code a.overlaps(b) == b.overlaps(a)}, and the intersection
 * exists exactly when they overlap, the same both ways. (jqwik, kept apart from JUnit.)
 */
class IntervalPropertiesTest {

  @Property(tries = 3000)
  void overlapsIsSymmetric(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
    assertThat(a.overlaps(b)).as("%s vs %s", a, b).isEqualTo(b.overlaps(a));
    assertThat(a.intersection(b)).isEqualTo(b.intersection(a));
    assertThat(a.intersection(b).isPresent()).isEqualTo(a.overlaps(b));
    assertThat(a.overlaps(a)).isTrue();
  }

  @Property(tries = 2000)
  void quantityIntervalsCompareSymmetrically(
      @ForAll("quantities") Quantity p, @ForAll("quantities") Quantity q,
      @ForAll @DoubleRange(min = 0, max = 0.5) double tolerance) {
    Interval a = Interval.of(p, tolerance);
    Interval b = Interval.of(q, tolerance);
    assertThat(a.overlaps(b)).as("%s vs %s", p, q).isEqualTo(b.overlaps(a));
  }

  /** Issue 18: no quantity, whatever its bounds, makes the interval (and so a rule) fail. */
  @Property(tries = 2000)
  void everyQuantityHasAnInterval(@ForAll("anyQuantities") Quantity q,
      @ForAll @DoubleRange(min = 0, max = 0.5) double tolerance) {
    Interval v = Interval.of(q, tolerance);
    assertThat(v.overlaps(v)).as("%s is not empty", v).isTrue();
  }

  @Provide
  Arbitrary<Quantity> anyQuantities() {
    Arbitrary<BigDecimal> n = Arbitraries.integers().between(-3, 3).map(BigDecimal::valueOf);
    Arbitrary<Boolean> incl = Arbitraries.of(true, false);
    return Arbitraries.oneOf(
        n.map(Quantity::exact),
        n.map(Quantity::approximately),
        Combinators.combine(n, incl).as((a, i) -> i ? Quantity.atLeast(a) : Quantity.greaterThan(a)),
        Combinators.combine(n, incl).as((a, i) -> i ? Quantity.atMost(a) : Quantity.lessThan(a)),
        Combinators.combine(n, incl).as((a, i) -> (i ? Quantity.atMost(a) : Quantity.lessThan(a)).hedged()));
  }

  /** Intervals with small integer or decimal bounds, so that bounds often touch. */
  @Provide
  Arbitrary<Interval> intervals() {
    Arbitrary<BigDecimal> bound =
        Arbitraries.integers().between(-20, 20).map(i -> BigDecimal.valueOf(i, i % 3 == 0 ? 1 : 0));
    Arbitrary<BigDecimal> maybe = bound.injectNull(0.2);
    Arbitrary<Boolean> incl = Arbitraries.of(true, false);
    return Combinators.combine(maybe, incl, maybe, incl)
        .as((lo, li, hi, hin) -> {
          BigDecimal low = lo;
          BigDecimal high = hi;
          if (low != null && high != null && low.compareTo(high) > 0) {
            BigDecimal t = low;
            low = high;
            high = t;
          }
          if (low != null && high != null && low.compareTo(high) == 0) {
            return Interval.closed(low, high);
          }
          BoundType lt = li ? BoundType.CLOSED : BoundType.OPEN;
          BoundType ht = hin ? BoundType.CLOSED : BoundType.OPEN;
          return Interval.of(low == null
              ? (high == null ? Range.all() : Range.upTo(high, ht))
              : (high == null ? Range.downTo(low, lt) : Range.range(low, lt, high, ht)));
        });
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<Long> n = Arbitraries.longs().between(0, 2_000);
    Arbitrary<Long> width = Arbitraries.longs().between(1, 500);
    return Arbitraries.oneOf(
        n.map(Quantity::exact),
        n.map(Quantity::approximately),
        Combinators.combine(n, width).as((a, w) -> Quantity.range(a, a + w)),
        Combinators.combine(n, Arbitraries.of(true, false))
            .as((a, inclusive) -> inclusive ? Quantity.atLeast(a) : Quantity.greaterThan(a)),
        Combinators.combine(n, Arbitraries.of(true, false))
            .as((a, inclusive) -> inclusive ? Quantity.atMost(a + 1) : Quantity.lessThan(a + 1)));
  }
}
