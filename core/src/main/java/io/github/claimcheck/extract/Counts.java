package io.github.claimcheck.extract;

import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import java.math.BigDecimal;

/** What a figure's value allows it to count: a whole number, none below zero; one alone. */
final class Counts {

  private Counts() {}

  /** Whether the value is exactly one. */
  static boolean isOne(Quantity q) {
    return q.low().isPresent() && q.high().isPresent()
        && q.low().get().compareTo(BigDecimal.ONE) == 0
        && q.high().get().compareTo(BigDecimal.ONE) == 0;
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

  /** Whether the value is a whole number, as people, rounds and bags are counted. */
  static boolean isWholeNumber(Quantity q) {
    return q.low().or(q::high).map(v -> v.stripTrailingZeros().scale() <= 0).orElse(false);
  }
}
