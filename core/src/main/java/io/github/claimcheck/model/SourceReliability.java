package io.github.claimcheck.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How reliable a source proved over a whole check: an outlet ({@code Article.source()}, else the
 * article id) or an original source that claims name (an agency, an official), with its estimated
 * reliability and how its claims sided with the most likely values.
 *
 * <p>The reliability is estimated from the data together with the {@linkplain Likely likely
 * values}: a source whose claims side with the likely value of each disputed figure is reliable,
 * one that is often alone against the rest is not (see the README, "Which figure is most likely").
 * A source never in a finding keeps its prior (by default 0.8, or the one a rule set gives it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the outlet, or the original source as the claims word it most often
 * @param kind outlet or original source
 * @param reliability the estimated reliability in (0, 1), rounded to 3 decimals
 * @param claims how many claims of the check come from this source
 * @param agreed how many of them side with the likely value of every disputed finding citing them,
 *     or agree with other articles
 * @param disagreed how many of them are on another side than the likely value of some conflict or
 *     unresolved finding
 * @since 0.1.0
 */
public record SourceReliability(
    String name, Kind kind, double reliability, int claims, int agreed, int disagreed) {

  /** What kind of source it is. */
  public enum Kind {
    /** The outlet that published the article ({@code Article.source()}). */
    OUTLET,
    /** The original source a claim names: the agency, official or outlet it cites. */
    ORIGIN;

    /** Returns the name used in JSON: {@code outlet} or {@code origin}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if {@code name} or {@code kind} is null
   * @throws IllegalArgumentException if {@code reliability} is not within [0, 1], a count is
   *     negative, or {@code agreed + disagreed} exceeds {@code claims}
   */
  public SourceReliability {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!(reliability >= 0 && reliability <= 1)) {
      throw new IllegalArgumentException("reliability must be within [0, 1], got " + reliability);
    }
    if (claims < 0 || agreed < 0 || disagreed < 0 || agreed + disagreed > claims) {
      throw new IllegalArgumentException("counts must be >= 0 with agreed + disagreed <= claims, got "
          + claims + ", " + agreed + ", " + disagreed);
    }
  }
}
