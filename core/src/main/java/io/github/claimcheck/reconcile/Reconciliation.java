package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.model.SourceReliability;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * What {@link Reconciler#run} returns: the findings, and a problem for every rule that failed on a
 * group of claims (whose findings from that rule are missing). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reconciliation {

  private final List<Finding> findings;
  private final List<Problem> problems;
  private final List<SourceReliability> sources;

  Reconciliation(List<Finding> findings, List<Problem> problems, List<SourceReliability> sources) {
    this.findings = findings instanceof ReadBack ? findings : List.copyOf(findings);
    this.problems = List.copyOf(problems);
    this.sources = List.copyOf(sources);
  }

  /**
   * A reconciliation whose findings are a read-only list that reads each back when asked (from a
   * {@link ReconcileBatch}), not copied.
   */
  static Reconciliation readBack(List<Finding> findings, List<Problem> problems,
      List<SourceReliability> sources) {
    return new Reconciliation(new ReadBack(findings), problems, sources);
  }

  /** Findings read back when asked: a read-only view. */
  private static final class ReadBack extends AbstractList<Finding> implements RandomAccess {
    private final List<Finding> findings;

    ReadBack(List<Finding> findings) {
      this.findings = findings;
    }

    @Override
    public Finding get(int i) {
      return findings.get(i);
    }

    @Override
    public int size() {
      return findings.size();
    }
  }

  /**
   * Returns the findings, in the order {@link Reconciler#reconcile} documents. From a {@link
   * ReconcileBatch}, the list reads each finding back when asked, until the batch is closed.
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns one problem per rule that failed on a group (or, for a {@link ClaimSetRule}, on all
   * claims), in the order the rules ran: its source is {@code rule NAME}, its message names the
   * group and the error. Empty when every rule succeeded.
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the estimated reliability of every outlet and original source of the claims, sorted
   * by name; see {@link io.github.claimcheck.model.Report#sources()}.
   *
   * @since 0.1.0
   */
  public List<SourceReliability> sources() {
    return sources;
  }

  @Override
  public String toString() {
    return "Reconciliation{" + findings.size() + " findings, " + problems.size() + " problems}";
  }
}
