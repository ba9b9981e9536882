package io.github.claimcheck;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.reconcile.ReconcileBatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The end of a streaming check, given to {@link ReportListener#finished(CheckResult)}: the
 * counts, the problems, and the findings, claims and articles read back on request (they are not
 * held as objects). Findings, claims and articles can be read back only during that call, from
 * the thread that made it.
 *
 * @since 0.1.0
 */
public final class CheckResult {

  private final ReconcileBatch batch;
  private final List<Finding> findings;
  private final List<Problem> problems;
  private final List<SourceReliability> sources;

  CheckResult(ReconcileBatch batch, List<Finding> findings, List<Problem> problems,
      List<SourceReliability> sources) {
    this.batch = batch;
    this.findings = findings; // read back from the batch when asked, not copied
    this.problems = List.copyOf(problems);
    this.sources = List.copyOf(sources);
  }

  /** Returns the number of articles read. */
  public int articleCount() {
    return batch.articleCount();
  }

  /** Returns the number of claims extracted. */
  public int claimCount() {
    return batch.claimCount();
  }

  /**
   * Returns the findings, in report order (see {@link io.github.claimcheck.model.Report#findings()}):
   * a read-only list that reads each finding back when asked, so going through them holds one at
   * a time. Copy what you need to keep after {@link ReportListener#finished(CheckResult)}.
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the problems in report order: those met reading the input, then those met in each
   * article's text (in article order), then those of failing rules.
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how reliable each source proved over the check, sorted by name (see {@link
   * io.github.claimcheck.model.Report#sources()}).
   *
   * @since 0.1.0
   */
  public List<SourceReliability> sources() {
    return sources;
  }

  /** Returns the claim with this id, such as one a finding cites, read back. */
  public Optional<Claim> claim(String id) {
    return batch.claim(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the article with this id as reconciliation saw it: id, outlet, story, language and
   * publication date with its basis; its text, URL and date evidence are not kept.
   */
  public Optional<ArticleInfo> article(String id) {
    return batch.article(Objects.requireNonNull(id, "id"));
  }

  /** Gives every claim to {@code action}, read back in report order (by article, then text). */
  public void forEachClaim(Consumer<? super Claim> action) {
    batch.forEachClaim(Objects.requireNonNull(action, "action"));
  }

  @Override
  public String toString() {
    return "CheckResult{" + articleCount() + " articles, " + claimCount() + " claims, "
        + findings.size() + " findings, " + problems.size() + " problems}";
  }
}
