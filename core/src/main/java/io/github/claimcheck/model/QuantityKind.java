package io.github.claimcheck.model;

import java.util.Locale;

/** How a quantity was stated; names the shape of its interval. */
public enum QuantityKind {
  /** A single figure stated as exact: {@code [n, n]}. */
  EXACT,
  /**
   * A hedged figure ({@code sekitar 600}, {@code about 600}), or a vague amount with bounds
   * ({@code ribuan}: {@code [1000, 9999]}).
   */
  APPROXIMATE,
  /** Two bounds ({@code 10.000 hingga 12.000}). */
  RANGE,
  /** A lower bound only ({@code setidaknya 100}, {@code lebih dari 10.000}). */
  AT_LEAST,
  /** An upper bound only ({@code hingga sembilan juta}, {@code hampir 1.000}). */
  AT_MOST;

  /** Returns the name used in the JSON report, for example {@code at_least}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
