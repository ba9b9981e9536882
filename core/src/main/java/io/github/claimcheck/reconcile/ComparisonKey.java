package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import java.util.Comparator;
import java.util.Objects;

/**
 * The key that decides which claims a {@link Reconciler} may compare: the story of the claim's
 * article (the empty string for the default story), the predicate, the subject key and whether
 * the value is a date or a quantity.
 *
 * <p>Claims of different keys are never compared with each other: every {@link ClaimGroup} lies
 * within one key (scope, kind of event, unit family and occurrence split a key further, in ways
 * that depend on all claims of the key), and so does every family of parts and totals. The only
 * built-in check that looks across keys is that of combined counts ({@code parts-and-totals}: "50
 * dead" against "41 dead or missing"), and it compares claims of one article only.
 *
 * <p>This is what lets reconciliation be split, for instance across the machines of a cluster:
 * send each claim to the place of its key and of its article, and call {@link
 * Reconciler#runKey(java.util.List, java.util.Map)} on the claims of each key and {@link
 * Reconciler#runArticle(java.util.List, java.util.Map)} on the claims of each article. Together
 * they find what one {@link Reconciler#run(java.util.List, java.util.Map)} call on all claims
 * finds.
 *
 * <pre>{@code
 * ComparisonKey key = ComparisonKey.of(claim, articleInfo);
 * }</pre>
 *
 * <p>Keys are immutable values, ordered by story, predicate, subject, then dates before
 * quantities (the order the reconciler's groups come in).
 *
 * @since 0.1.0
 */
public final class ComparisonKey implements Comparable<ComparisonKey> {

  private static final Comparator<ComparisonKey> ORDER = Comparator
      .comparing(ComparisonKey::story)
      .thenComparing(ComparisonKey::predicate)
      .thenComparing(ComparisonKey::subject)
      .thenComparing(k -> !k.dates);

  private final String story;
  private final String predicate;
  private final String subject;
  private final boolean dates;

  private ComparisonKey(String story, String predicate, String subject, boolean dates) {
    this.story = story;
    this.predicate = predicate;
    this.subject = subject;
    this.dates = dates;
  }

  /**
   * Returns the key of a claim.
   *
   * @param claim the claim
   * @param article the info of the claim's article, or {@code null} when it is unknown (the
   *     claim then belongs to the default story, as in {@link Reconciler#run})
   * @throws NullPointerException if {@code claim} is null
   * @throws IllegalArgumentException if {@code article} is not the claim's article
   */
  public static ComparisonKey of(Claim claim, ArticleInfo article) {
    Objects.requireNonNull(claim, "claim");
    if (article != null && !article.id().equals(claim.articleId())) {
      throw new IllegalArgumentException("claim " + claim.id() + " is of article "
          + claim.articleId() + ", not of " + article.id());
    }
    return new ComparisonKey(storyOf(article), claim.predicate(), claim.subject(),
        claim.value() instanceof DateValue);
  }

  /** The key of a claim as a reconcile call sees it (its context knows the articles). */
  static ComparisonKey inContext(Claim claim, RuleContext ctx) {
    return inStory(claim, ctx.story(claim.articleId()));
  }

  /** The key of a claim whose article's story ({@link #storyOf}) is {@code story}. */
  static ComparisonKey inStory(Claim claim, String story) {
    return new ComparisonKey(story, claim.predicate(), claim.subject(),
        claim.value() instanceof DateValue);
  }

  /** The story an article belongs to: its own, or the default story (empty) when unknown. */
  static String storyOf(ArticleInfo article) {
    return article == null ? "" : article.article().story().orElse("");
  }

  /** Returns the story; empty for the default story (articles without one). */
  public String story() {
    return story;
  }

  /** Returns the predicate, such as {@code killed}. */
  public String predicate() {
    return predicate;
  }

  /** Returns the subject key, such as {@code people} or {@code north_korea:soldiers}. */
  public String subject() {
    return subject;
  }

  /** Returns whether the claims of the key give dates (else quantities). */
  public boolean isDates() {
    return dates;
  }

  @Override
  public int compareTo(ComparisonKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComparisonKey k
        && dates == k.dates
        && story.equals(k.story)
        && predicate.equals(k.predicate)
        && subject.equals(k.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(story, predicate, subject, dates);
  }

  /** Returns {@code killed / people (quantities, story garut)}; for people, not for parsing. */
  @Override
  public String toString() {
    return predicate + " / " + subject + " (" + (dates ? "dates" : "quantities")
        + (story.isEmpty() ? "" : ", story " + story) + ")";
  }
}
