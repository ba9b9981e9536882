package io.github.claimcheck;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Problem;
import java.util.List;

/**
 * Receives the results of a streaming check ({@link ClaimChecker#check(
 * io.github.claimcheck.input.ArticleStream, ReportListener)}) as they come: each article with its
 * claims as soon as they are extracted, in input order, then the findings and all problems at
 * the end. The JSON report writer of {@link io.github.claimcheck.json.ReportJson#writer} is one;
 * {@link io.github.claimcheck.render.ReportDigest} keeps a bounded part of a report for the text,
 * Markdown and HTML reports.
 *
 * <p>All calls come from the thread that called {@code check}, one at a time. A listener should
 * not keep what it is given beyond what it needs: keeping every article's info keeps its text.
 *
 * @since 0.1.0
 */
public interface ReportListener {

  /**
   * An article read, with its claims in text order and the problems met in its text (figures not
   * read). Called in input order, once per article.
   *
   * @param info the article, its language and reference date
   * @param claims its claims, in text order
   * @param problems the problems met in its text, each also given to {@link #problem(Problem)}
   */
  default void article(ArticleInfo info, List<Claim> claims, List<Problem> problems) {}

  /**
   * A problem, as soon as it is met: reading the input (a file, a line), reading an article, or a
   * rule that failed. All problems are given again, in report order, by {@link
   * #finished(CheckResult)}.
   */
  default void problem(Problem problem) {}

  /**
   * Every article is read and reconciliation starts: the findings follow with {@link
   * #finished(CheckResult)}, which for a large input may take a while (a progress display can
   * say so).
   */
  default void allArticlesRead() {}

  /**
   * The end of the check: findings and every problem. The result can read back claims and
   * articles only during this call.
   */
  void finished(CheckResult result);
}
