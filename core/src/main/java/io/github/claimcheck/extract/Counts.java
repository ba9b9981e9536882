package io.github.claimcheck.extract;

import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;

/** What a figure's value allows it to count: whole numbers, at least one, no less than zero. */
final class Counts {

  private Counts() {}

  static boolean isOne(Quantity q) {
    return q.low().isPresent() && q.high().isPresent()
        && q.low().get().compareTo(java.math.BigDecimal.ONE) == 0
        && q.high().get().compareTo(java.math.BigDecimal.ONE) == 0;
  }

  /** Whether the total's value is certainly larger than the part's. */
  static boolean larger(Quantity t, Quantity p) {
    return t != null && p != null && t.low().isPresent() && p.high().isPresent()
        && t.low().get().compareTo(p.high().get()) > 0;
  }

  /**
   * Whether some count (a number at least 0) fits the figure: not for "less than 0" or "at most
   * −5", which no count can be.
   */
  static boolean canCount(Quantity q) {
    return q.high().map(h -> h.signum() > 0 || (h.signum() == 0 && q.highInclusive()))
        .orElse(true);
  }

  /** "less than 0", "at most -5", "-5": what the figure says that no count can be. */
  static String below(Quantity q) {
    String h = q.high().orElseThrow().toPlainString();
    return q.kind() == QuantityKind.AT_MOST ? (q.highInclusive() ? "at most " : "less than ") + h
        : "below 0 (" + q + ")";
  }

  static boolean isWholeNumber(Quantity q) {
    return q.low().or(q::high).map(v -> v.stripTrailingZeros().scale() <= 0).orElse(false);
  }
}
