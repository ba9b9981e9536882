package io.github.claimcheck.extract;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import java.util.List;

/**
 * How one article was read: its language and reference date ({@link ArticleInfo}) and its claims
 * in text order.
 *
 * @param info the article with its language and reference date
 * @param claims the claims, in text order
 */
public record ArticleAnalysis(ArticleInfo info, List<Claim> claims) {

  /** Copies the claims. */
  public ArticleAnalysis {
    claims = List.copyOf(claims);
  }
}
