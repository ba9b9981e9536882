package io.github.claimcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The most likely value of a disputed figure or date: the value of the cluster of agreeing claims
 * with the most support among those a {@link Finding} cites, with how many independent sources
 * back it, a confidence in [0, 1] and the reason in words.
 *
 * <p>Support counts independent original sources once (five outlets quoting one agency's briefing
 * are one source), weighs each by the estimated reliability of its outlet and original source,
 * and for running counts favours the latest figure. See {@link Finding#likely()} and {@link
 * Report#sources()}; the README ("Which figure is most likely") gives the formula.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the most likely value: the value of the most precise claim of the cluster (an
 *     exact figure before a hedged one, a range or a bound)
 * @param claimIds the ids of the claims in the cluster, sorted; at least one
 * @param independentSources how many independent sources back the value, at least 1
 * @param confidence the probability the estimate gives the value against the other values of the
 *     finding, rounded to 3 decimals; 0.5 or less for a tie between two values
 * @param reason one or two sentences: the support of each value, and what decided
 * @since 0.1.0
 */
public record Likely(
    Value value, List<String> claimIds, int independentSources, double confidence, String reason) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part or a claim id is null
   * @throws IllegalArgumentException if no claim id is given, {@code independentSources} is below
   *     1, or {@code confidence} is not within [0, 1]
   */
  public Likely {
    Objects.requireNonNull(value, "value");
    claimIds = List.copyOf(claimIds);
    Objects.requireNonNull(reason, "reason");
    if (claimIds.isEmpty()) {
      throw new IllegalArgumentException("a likely value must cite at least one claim");
    }
    if (independentSources < 1) {
      throw new IllegalArgumentException(
          "independentSources must be at least 1, got " + independentSources);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
  }
}
