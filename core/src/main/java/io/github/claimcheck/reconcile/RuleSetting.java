package io.github.claimcheck.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * A setting of a {@link RuleSet} as a value, so that settings and rules read alike:
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults()
 *     .with(Rules.tolerate("shipped", 0.20))
 *     .with(Rules.tagStory("garut-flood", "disaster"));
 * }</pre>
 *
 * <p>Made by {@link Rules#tolerate(String, double)}, {@link Rules#cumulative(String)}, {@link
 * Rules#tagStory(String, String...)} and {@link Rules#sourcePrior(String, double)}, which check
 * their arguments; applied by {@link
 * RuleSet#with(RuleSetting)} and {@link RuleSet.Builder#apply(RuleSetting)}. Immutable.
 *
 * @since 0.1.0
 */
public final class RuleSetting {

  enum Kind {
    TOLERANCE,
    CUMULATIVE,
    STORY_TAGS,
    SOURCE_PRIOR
  }

  final Kind kind;
  final String key;
  final double fraction;
  final List<String> tags;

  RuleSetting(Kind kind, String key, double fraction, List<String> tags) {
    this.kind = kind;
    this.key = key;
    this.fraction = fraction;
    this.tags = List.copyOf(tags);
  }

  void applyTo(RuleSet.Builder b) {
    switch (kind) {
      case TOLERANCE -> b.tolerance(key, fraction);
      case CUMULATIVE -> b.cumulative(key);
      case STORY_TAGS -> b.tagStory(key, tags.toArray(new String[0]));
      case SOURCE_PRIOR -> b.sourcePrior(key, fraction);
      default -> throw new AssertionError(kind);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSetting s && kind == s.kind && key.equals(s.key)
        && Double.compare(fraction, s.fraction) == 0 && tags.equals(s.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, key, fraction, tags);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case TOLERANCE -> "tolerate " + key + " " + fraction;
      case CUMULATIVE -> "cumulative " + key;
      case STORY_TAGS -> "story " + key + " tagged " + tags;
      case SOURCE_PRIOR -> "source " + key + " prior reliability " + fraction;
    };
  }
}
