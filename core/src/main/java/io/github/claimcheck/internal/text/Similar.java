package io.github.claimcheck.internal.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Finds the known name a mistyped one most likely meant, for "did you mean" messages. */
public final class Similar {

  /** Names at least this similar (Jaro-Winkler, 0 to 1) are offered; "sorce"/"source" is 0.96. */
  private static final double THRESHOLD = 0.8;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private Similar() {}

  /**
   * Returns the candidate most similar to {@code name}, ignoring case, when one is similar enough
   * to be a likely typo; the first of equally similar candidates wins, so the answer is the same
   * on every run.
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    double bestScore = THRESHOLD;
    for (String candidate : candidates) {
      double score = SIMILARITY.apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (score > bestScore || (best == null && score == bestScore)) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
