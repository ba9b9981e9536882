package io.github.claimcheck.model;

import java.util.Locale;

/** What a {@link Finding} concludes about the claims it cites. */
public enum Verdict {
  /** The values cannot all be true. */
  CONFLICT,
  /** The values differ, and the difference is explained (time, an addition, a tolerance). */
  EXPLAINED,
  /** Sources agree. */
  AGREEMENT;

  /** Returns the name used in JSON, for example {@code conflict}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
