package io.github.claimcheck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reconciliation rule concludes about a set of claims: a verdict, the claims it cites and
 * a sentence a reader understands; for a disputed figure or date, also its {@linkplain #likely()
 * most likely value}. Immutable and thread-safe.
 */
public final class Finding {

  private final String rule;
  private final Verdict verdict;
  private final String predicate;
  private final String subject;
  private final List<String> claimIds;
  private final String explanation;
  private final Reason reason;
  private final Likely likely;

  private Finding(
      String rule,
      Verdict verdict,
      String predicate,
      String subject,
      List<String> claimIds,
      String explanation,
      Reason reason,
      Likely likely) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.predicate = Objects.requireNonNull(predicate, "predicate");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.claimIds = List.copyOf(claimIds);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
    this.reason = reason == null ? new Reason.Text(explanation) : reason;
    this.likely = likely;
    if (this.claimIds.isEmpty()) {
      throw new IllegalArgumentException("a finding must cite at least one claim");
    }
  }

  /**
   * Returns a finding.
   *
   * @param rule the name of the rule that produced it
   * @param verdict the verdict
   * @param predicate the predicate of the claims
   * @param subject the subject of the claims
   * @param claimIds the ids of the cited claims, at least one
   * @param explanation one or two plain sentences naming values, sources and times
   */
  public static Finding of(
      String rule,
      Verdict verdict,
      String predicate,
      String subject,
      List<String> claimIds,
      String explanation) {
    return new Finding(rule, verdict, predicate, subject, claimIds, explanation, null, null);
  }

  /**
   * Returns a finding with a structured reason, as the built-in rules make them.
   *
   * @param rule the name of the rule that produced it
   * @param verdict the verdict
   * @param predicate the predicate of the claims
   * @param subject the subject of the claims
   * @param claimIds the ids of the cited claims, at least one
   * @param reason why the rule concluded so
   * @param explanation the English rendering of the reason ({@code
   *     io.github.claimcheck.render.text.FindingTexts#english(Reason)})
   * @since 0.1.0
   */
  public static Finding of(
      String rule,
      Verdict verdict,
      String predicate,
      String subject,
      List<String> claimIds,
      Reason reason,
      String explanation) {
    Objects.requireNonNull(reason, "reason");
    return new Finding(rule, verdict, predicate, subject, claimIds, explanation, reason, null);
  }

  /**
   * Returns this finding with its most likely value; see {@link #likely()}.
   *
   * @throws NullPointerException if {@code likely} is null
   * @since 0.1.0
   */
  public Finding withLikely(Likely likely) {
    Objects.requireNonNull(likely, "likely");
    return new Finding(rule, verdict, predicate, subject, claimIds, explanation, reason, likely);
  }

  /**
   * Returns the most likely value of the disputed figure or date, when the finding is a {@link
   * Verdict#CONFLICT} or {@link Verdict#UNRESOLVED} between values of one quantity and the checker
   * estimated it; empty otherwise (agreements, explained differences, a part against its total).
   *
   * @since 0.1.0
   */
  public Optional<Likely> likely() {
    return Optional.ofNullable(likely);
  }

  /** Returns the name of the rule that produced the finding. */
  public String rule() {
    return rule;
  }

  /** Returns the verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** Returns the predicate of the cited claims. */
  public String predicate() {
    return predicate;
  }

  /** Returns the subject of the cited claims. */
  public String subject() {
    return subject;
  }

  /** Returns the ids of the cited claims, in a deterministic order. */
  public List<String> claimIds() {
    return claimIds;
  }

  /** Returns the explanation for a reader, in English: the English rendering of {@link #reason()}. */
  public String explanation() {
    return explanation;
  }

  /**
   * Returns why the rule concluded so, as data: render it in a reader's language with {@code
   * io.github.claimcheck.render.text.FindingTexts}. A finding made from words only carries them as a
   * {@link Reason.Text}.
   *
   * @since 0.1.0
   */
  public Reason reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && rule.equals(f.rule)
        && verdict == f.verdict
        && predicate.equals(f.predicate)
        && subject.equals(f.subject)
        && claimIds.equals(f.claimIds)
        && explanation.equals(f.explanation)
        && Objects.equals(likely, f.likely);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, verdict, predicate, subject, claimIds, explanation, likely);
  }

  @Override
  public String toString() {
    return verdict.jsonName() + " " + predicate + " " + subject + " " + claimIds + " (" + rule
        + "): " + explanation;
  }
}
