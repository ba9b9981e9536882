package io.github.claimcheck.model;

import java.util.Locale;

/** What a {@link Finding} concludes about the claims it cites. */
public enum Verdict {
  /** The values cannot all be true. */
  CONFLICT,
  /**
   * The values differ, and what would decide between conflict and explanation is missing, such as
   * the time of a running count; the explanation says what is missing. For an editor to look at,
   * not a contradiction.
   *
   * @since 0.1.0
   */
  UNRESOLVED,
  /** The values differ, and the difference is explained (time, an addition, a tolerance). */
  EXPLAINED,
  /** Sources agree. */
  AGREEMENT;

  /** Returns the name used in JSON, for example {@code conflict}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
