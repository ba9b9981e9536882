package io.github.claimcheck.extract;

import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.ClaimFlag;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a figure's value allows it to count (a whole number, none below zero; one alone), and which
 * flags keep it from being a count of the moment.
 */
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

  /** Flags of a figure that is no count of the moment: a change, an addition, a subset... */
  private static final Set<ClaimFlag> NOT_OF_THE_MOMENT = EnumSet.of(ClaimFlag.CHANGE,
      ClaimFlag.ADDITION, ClaimFlag.PLANNED, ClaimFlag.EARLIER, ClaimFlag.INCREMENT,
      ClaimFlag.SUBSET);

  /**
   * Whether a figure with these flags counts what holds at its time: not a change, an addition,
   * an increment, an earlier or planned figure, nor a subset. It may be a total, a part of one,
   * or a figure of the same release as another.
   */
  static boolean ofTheMoment(Set<ClaimFlag> flags) {
    for (ClaimFlag f : flags) {
      if (NOT_OF_THE_MOMENT.contains(f)) {
        return false;
      }
    }
    return true;
  }
}
