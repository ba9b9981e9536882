package io.github.claimcheck.model;

import java.util.Locale;

/** Qualifies how a claim's figure relates to the facts, so reconciliation reads it right. */
public enum ClaimFlag {
  /**
   * A change by the figure, not a total ({@code bertambah 19 orang}); a change the text restates
   * as a new total in its sentence or the next yields no claim.
   */
  CHANGE,
  /** An addition on top of an earlier figure ({@code tambahan}, {@code baru dikerahkan}). */
  ADDITION,
  /** A subset of a figure stated before it ({@code 600 di antaranya}). */
  SUBSET,
  /** Planned or future, not something that happened ({@code akan dikirim}). */
  PLANNED,
  /** Attributed to an unnamed source ({@code dilaporkan}, {@code diyakini}). */
  UNNAMED_SOURCE,
  /** The time scope is a running total as of a date ({@code hingga Jumat (28/11)}). */
  AS_OF,
  /** A weekday named with the date does not match it. */
  WEEKDAY_MISMATCH,
  /**
   * An earlier figure the article cites ({@code sebelumnya}, {@code previously}): without a time
   * scope of its own it refers to some time before the article, not to its publication day.
   */
  EARLIER,
  /**
   * An increment of a running count, not the count itself: "bertambah satu orang lagi", "2 more
   * bodies were found", "dengan ditemukannya 3 korban ini". Growth rules may read it; nothing
   * compares it with totals.
   *
   * @since 0.1.0
   */
  INCREMENT,
  /**
   * One part of a breakdown the text presents as complete ({@code terdiri atas}, {@code
   * rinciannya}, {@code masing-masing}): with the other parts of its list it adds up to the total.
   *
   * @since 0.1.0
   */
  BREAKDOWN;

  /** Returns the name used in JSON, for example {@code unnamed_source}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
