package io.github.claimcheck.reconcile;

import java.util.Locale;

/**
 * How the figures of a predicate behave over time, which decides what a difference between two
 * reports means. The built-in table is data ({@code io/github/claimcheck/reconcile/counts.tsv},
 * listed in the README); a {@link RuleSet} can change it with {@link RuleSet#withCounting(String,
 * CountKind)}.
 *
 * @since 0.1.0
 */
public enum CountKind {
  /**
   * A running count that only grows (the dead, the injured so far): a later, larger figure is
   * growth (explained), a later, smaller one is a revision (a conflict, unless the article says
   * the figure was revised).
   */
  GROWS,
  /**
   * A running count that may rise and fall (people missing, displaced, evacuated): a change over
   * time is the normal course (explained).
   */
  VARIES,
  /**
   * A quantity that does not change with time (people aboard, the crowd of one event): any two
   * figures that disagree conflict, whenever they were reported.
   */
  FIXED;

  /** Returns whether figures of this kind are running counts, compared over time. */
  public boolean isRunning() {
    return this != FIXED;
  }

  /** Returns the name used in data files and the README, e.g. {@code grows}. */
  public String dataName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the kind named {@code name} in a data file ({@code grows}, {@code varies}, {@code
   * fixed}, any case).
   *
   * @throws IllegalArgumentException if the name is none of them
   */
  public static CountKind ofDataName(String name) {
    for (CountKind k : values()) {
      if (k.dataName().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown count kind '" + name + "' (expected grows, varies or fixed)");
  }
}
