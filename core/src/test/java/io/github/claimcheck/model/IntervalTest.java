package io.github.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static Interval closed(long a, long b) {
    return Interval.closed(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
  }

  @Test
  void quantitiesBecomeIntervals() {
    assertThat(Interval.of(Quantity.exact(120), 0.1)).isEqualTo(closed(120, 120));
    assertThat(Interval.of(Quantity.approximately(600), 0.1)).isEqualTo(closed(540, 660));
    assertThat(Interval.of(Quantity.vague(1000, 9999), 0.1)).isEqualTo(closed(1000, 9999));
    assertThat(Interval.of(Quantity.range(10000, 12000), 0.1)).isEqualTo(closed(10000, 12000));
    assertThat(Interval.of(Quantity.range(10000, 12000).hedged(), 0.1))
        .isEqualTo(closed(9000, 13200));
    assertThat(Interval.of(Quantity.greaterThan(130), 0.1).toString()).isEqualTo("(130, ∞)");
    assertThat(Interval.of(Quantity.lessThan(1000), 0.1).toString())
        .isEqualTo("[0, 1000)");
    assertThatThrownBy(() -> Interval.of(Quantity.exact(1), -0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUpperBoundThatLeavesNoCountIsWhatTheBoundSaysNotAnError() {
    // issue 18: "kurang dari 0 orang" was the empty interval [0, 0) and aborted the check
    assertThat(Interval.of(Quantity.lessThan(0), 0.1).toString()).isEqualTo("(-∞, 0)");
    assertThat(Interval.of(Quantity.atMost(0), 0.1).toString()).isEqualTo("[0, 0]");
    assertThat(Interval.of(Quantity.atMost(-5), 0.1).toString()).isEqualTo("(-∞, -5]");
    assertThat(Interval.of(Quantity.lessThan(-5), 0).overlaps(closed(0, 3))).isFalse();
    assertThat(Interval.of(Quantity.lessThan(0), 0).isBelow(closed(0, 0))).isTrue();
  }

  @Test
  void exclusiveBoundsDoNotTouch() {
    Interval moreThan130 = Interval.of(Quantity.greaterThan(130), 0);
    assertThat(moreThan130.overlaps(closed(130, 130))).isFalse();
    assertThat(moreThan130.overlaps(closed(131, 131))).isTrue();
    assertThat(Interval.of(Quantity.atLeast(130), 0).overlaps(closed(130, 130))).isTrue();
    assertThat(closed(120, 120).isBelow(moreThan130)).isTrue();
  }

  @Test
  void sumsAndIntersections() {
    assertThat(closed(10000, 12000).plus(closed(1000, 3000))).isEqualTo(closed(11000, 15000));
    assertThat(closed(11000, 15000).contains(closed(15000, 15000))).isTrue();
    assertThat(closed(1, 10).intersection(closed(5, 20))).contains(closed(5, 10));
    assertThat(closed(1, 4).intersection(closed(5, 20))).isEmpty();
  }

  @Test
  void yearOverlapsADayInIt() {
    assertThat(Interval.of(year(2023))
            .overlaps(Interval.of(DateValue.day(LocalDate.parse("2023-09-13")))))
        .isTrue();
    assertThat(Interval.of(year(2024))
            .overlaps(Interval.of(DateValue.day(LocalDate.parse("2023-09-13")))))
        .isFalse();
  }

  private static DateValue year(int y) {
    return DateValue.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR);
  }

  @Test
  void eachBoundKindHasItsFactory() {
    BigDecimal n = BigDecimal.valueOf(10);
    assertThat(Interval.atLeast(n).toString()).isEqualTo("[10, ∞)");
    assertThat(Interval.greaterThan(n).toString()).isEqualTo("(10, ∞)");
    assertThat(Interval.atMost(n).toString()).isEqualTo("(-∞, 10]");
    assertThat(Interval.lessThan(n).toString()).isEqualTo("(-∞, 10)");
    assertThat(Interval.closedOpen(BigDecimal.ZERO, n).toString()).isEqualTo("[0, 10)");
    assertThat(Interval.all().toString()).isEqualTo("(-∞, ∞)");
    assertThat(Interval.greaterThan(n).lowInclusive()).isFalse();
    assertThat(Interval.atLeast(n).high()).isEmpty();
    assertThat(Interval.all().overlaps(closed(3, 4))).isTrue();
    assertThatThrownBy(() -> Interval.closedOpen(n, n)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> closed(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGuavaRangeGoesInAndComesOutWithCanonicalBounds() {
    Interval i = Interval.of(Range.closed(new BigDecimal("1.50"), new BigDecimal("2E+3")));
    assertThat(i.toString()).isEqualTo("[1.5, 2000]");
    assertThat(i.range()).isEqualTo(Range.closed(new BigDecimal("1.5"), new BigDecimal("2000")));
    assertThat(i).isEqualTo(Interval.closed(new BigDecimal("1.5"), BigDecimal.valueOf(2000)));
    assertThat(i.hashCode())
        .isEqualTo(Interval.closed(new BigDecimal("1.5"), BigDecimal.valueOf(2000)).hashCode());
    assertThat(Interval.of(Range.<BigDecimal>all())).isEqualTo(Interval.all());
    assertThatThrownBy(() -> Interval.of(Range.closedOpen(BigDecimal.ONE, BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orderedByWhereTheyStartThenEnd() {
    java.util.List<Interval> list = new java.util.ArrayList<>(java.util.List.of(
        Interval.greaterThan(BigDecimal.ONE), closed(1, 5), Interval.atMost(BigDecimal.TEN),
        closed(1, 2)));
    list.sort(Interval.byBounds());
    assertThat(list).containsExactly(Interval.atMost(BigDecimal.TEN), closed(1, 2), closed(1, 5),
        Interval.greaterThan(BigDecimal.ONE));
  }

  @Test
  void equalityAndNulls() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(closed(1, 2), Interval.closed(new BigDecimal("1.0"), new BigDecimal("2")))
        .addEqualityGroup(Interval.atLeast(BigDecimal.ONE))
        .addEqualityGroup(Interval.greaterThan(BigDecimal.ONE))
        .addEqualityGroup(Interval.all())
        .testEquals();
    new com.google.common.testing.NullPointerTester().testAllPublicStaticMethods(Interval.class);
  }
}
