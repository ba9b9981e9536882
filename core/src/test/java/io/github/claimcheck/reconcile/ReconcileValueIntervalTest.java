package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReconcileValueIntervalTest {

  private static ValueInterval closed(long a, long b) {
    return ValueInterval.closed(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
  }

  @Test
  void quantitiesBecomeIntervals() {
    assertThat(ValueInterval.of(Quantity.exact(120), 0.1)).isEqualTo(closed(120, 120));
    assertThat(ValueInterval.of(Quantity.approximately(600), 0.1)).isEqualTo(closed(540, 660));
    assertThat(ValueInterval.of(Quantity.vague(1000, 9999), 0.1)).isEqualTo(closed(1000, 9999));
    assertThat(ValueInterval.of(Quantity.range(10000, 12000), 0.1)).isEqualTo(closed(10000, 12000));
    assertThat(ValueInterval.of(Quantity.range(10000, 12000).hedged(), 0.1))
        .isEqualTo(closed(9000, 13200));
    assertThat(ValueInterval.of(Quantity.atLeast(130, false), 0.1).toString()).isEqualTo("(130, ∞)");
    assertThat(ValueInterval.of(Quantity.atMost(1000, false), 0.1).toString())
        .isEqualTo("[0, 1000)");
    assertThatThrownBy(() -> ValueInterval.of(Quantity.exact(1), -0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUpperBoundThatLeavesNoCountIsWhatTheBoundSaysNotAnError() {
    // issue 18: "kurang dari 0 orang" was the empty interval [0, 0) and aborted the check
    assertThat(ValueInterval.of(Quantity.atMost(0, false), 0.1).toString()).isEqualTo("(-∞, 0)");
    assertThat(ValueInterval.of(Quantity.atMost(0, true), 0.1).toString()).isEqualTo("[0, 0]");
    assertThat(ValueInterval.of(Quantity.atMost(-5, true), 0.1).toString()).isEqualTo("(-∞, -5]");
    assertThat(ValueInterval.of(Quantity.atMost(-5, false), 0).overlaps(closed(0, 3))).isFalse();
    assertThat(ValueInterval.of(Quantity.atMost(0, false), 0).isBelow(closed(0, 0))).isTrue();
  }

  @Test
  void exclusiveBoundsDoNotTouch() {
    ValueInterval moreThan130 = ValueInterval.of(Quantity.atLeast(130, false), 0);
    assertThat(moreThan130.overlaps(closed(130, 130))).isFalse();
    assertThat(moreThan130.overlaps(closed(131, 131))).isTrue();
    assertThat(ValueInterval.of(Quantity.atLeast(130, true), 0).overlaps(closed(130, 130))).isTrue();
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
    assertThat(ValueInterval.of(TestClaims.year(2023))
            .overlaps(ValueInterval.of(TestClaims.day("2023-09-13"))))
        .isTrue();
    assertThat(ValueInterval.of(TestClaims.year(2024))
            .overlaps(ValueInterval.of(TestClaims.day("2023-09-13"))))
        .isFalse();
  }
}
