package io.github.claimcheck.parse;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One lexicon entry: a role and its values (a number, two bounds, or a code), with the flags of
 * the last column where the kind takes flags ({@code glued}, {@code exact}, {@code money}, {@code
 * always}, {@code cap}, {@code article}).
 *
 * @param kind the role
 * @param value the first value column as a number, or null
 * @param value2 the second value column as a number, or null
 * @param code the first value column as text, or null
 * @param flags the flags, empty when none
 * @param exact the surface as written when the entry matches only that spelling ({@code G} as
 *     against {@code g}), else null
 * @param alt another entry of the same kind and surface with another spelling, or null
 */
record Entry(Kind kind, BigDecimal value, BigDecimal value2, String code, Set<String> flags,
    String exact, Entry alt) {

  /** Returns whether the entry has the flag. */
  boolean is(String flag) {
    return flags.contains(flag);
  }

  /** Returns whether an entry of this chain matches any spelling (has no {@code exact} flag). */
  boolean matchesAnySpelling() {
    for (Entry e = this; e != null; e = e.alt) {
      if (e.exact == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the entry of this chain whose spelling fits the text as written: an exact entry whose
   * surface is the text, else the first entry that matches any spelling; null when none fits.
   */
  Entry forText(String written) {
    Entry loose = null;
    for (Entry e = this; e != null; e = e.alt) {
      if (e.exact == null) {
        loose = loose == null ? e : loose;
      } else if (e.exact.equals(written)) {
        return e;
      }
    }
    return loose;
  }
}
