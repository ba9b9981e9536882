package io.github.claimcheck.extract;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Problem;
import java.util.List;

/**
 * How one article was read: its language and reference date ({@link ArticleInfo}), its claims in
 * text order, and the problems met in its text.
 *
 * @param info the article with its language and reference date
 * @param claims the claims, in text order
 * @param problems figures in the text that were not read, and why (a count "less than 0", digits
 *     shown in another order than they are stored), in text order; the source of each is the
 *     article id
 */
public record ArticleAnalysis(ArticleInfo info, List<Claim> claims, List<Problem> problems) {

  /** Copies the lists. */
  public ArticleAnalysis {
    claims = List.copyOf(claims);
    problems = List.copyOf(problems);
  }

  /** An analysis without problems. */
  public ArticleAnalysis(ArticleInfo info, List<Claim> claims) {
    this(info, claims, List.of());
  }
}
