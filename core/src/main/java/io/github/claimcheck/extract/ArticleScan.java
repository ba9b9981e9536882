package io.github.claimcheck.extract;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.parse.Expression;
import java.util.List;

/**
 * Every number and date expression of one article, claim or not, with how the article was read.
 *
 * @param info the article with its language and reference date
 * @param expressions the expressions in text order, offsets into the article text
 */
public record ArticleScan(ArticleInfo info, List<Expression> expressions) {

  /** Copies the list. */
  public ArticleScan {
    expressions = List.copyOf(expressions);
  }
}
