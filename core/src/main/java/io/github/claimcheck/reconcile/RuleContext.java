package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Value;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@link Rule} may read besides its group: the articles, the effective time of a claim,
 * the tolerances and cumulative predicates of the {@link RuleSet}, value intervals, and helpers
 * that write values, sources and times the way built-in findings do. One context serves one
 * {@link Reconciler#reconcile reconcile} call; it is safe to use from several threads (values it
 * computes, such as intervals, are cached for the call).
 *
 * @since 0.1.0
 */
public final class RuleContext {

  private final RuleSet rules;
  private final Map<String, ArticleInfo> articles;
  /** Intervals by claim id; claim ids are unique within a reconcile call. */
  private final Map<String, ValueInterval> intervals;
  private final Sources sources = new Sources();

  RuleContext(RuleSet rules, Map<String, ArticleInfo> articles) {
    this(rules, articles, 16);
  }

  RuleContext(RuleSet rules, Map<String, ArticleInfo> articles, int expectedClaims) {
    this.rules = rules;
    this.articles = articles;
    this.intervals = new ConcurrentHashMap<>(Math.max(16, expectedClaims * 2));
  }

  /** The same-source heuristic, with a token cache for this call. */
  Sources sources() {
    return sources;
  }

  /** Returns the rule set being applied. */
  public RuleSet rules() {
    return rules;
  }

  /** Returns the info of the article with id {@code articleId}, when the caller gave it. */
  public Optional<ArticleInfo> article(String articleId) {
    return Optional.ofNullable(articles.get(articleId));
  }

  /** Returns the outlet of the article ({@code Article.source()}), or else the article id. */
  public String outlet(String articleId) {
    ArticleInfo info = articles.get(articleId);
    return info == null ? articleId : info.article().source().orElse(articleId);
  }

  /** Returns the story of the article, or the empty string (the default story) when none is known. */
  public String story(String articleId) {
    ArticleInfo info = articles.get(articleId);
    return info == null ? "" : info.article().story().orElse("");
  }

  /**
   * Returns the tags of the group's story; see {@link RuleSet#storyTags(String)}.
   */
  public Set<String> storyTags(ClaimGroup group) {
    return rules.storyTags(group.story());
  }

  /**
   * Returns the time a claim's figure refers to: its {@link Claim#when() time scope}, or else the
   * effective publication date of its article as a single day, or else empty (unknown, which rules
   * treat as "the same time as anything").
   */
  public Optional<DateValue> effectiveTime(Claim claim) {
    if (claim.when().isPresent()) {
      return claim.when();
    }
    ArticleInfo info = articles.get(claim.articleId());
    if (info == null || info.published().isEmpty()) {
      return Optional.empty();
    }
    LocalDate published = info.published().get();
    if (claim.has(ClaimFlag.EARLIER)) {
      // "Sebelumnya, ... 334 orang": some time before the article, not its own day.
      return Optional.of(DateValue.of(published.minusYears(100), published.minusDays(1), Granularity.YEAR));
    }
    return Optional.of(DateValue.day(published));
  }

  /**
   * Returns whether every claim of {@code earlier} refers to a time that ends before every claim of
   * {@code later} begins. False when either collection is empty or any effective time is unknown.
   */
  public boolean allBefore(Collection<Claim> earlier, Collection<Claim> later) {
    if (earlier.isEmpty() || later.isEmpty()) {
      return false;
    }
    java.time.LocalDate maxEnd = null;
    for (Claim c : earlier) {
      Optional<DateValue> t = effectiveTime(c);
      if (t.isEmpty()) {
        return false;
      }
      if (maxEnd == null || t.get().end().isAfter(maxEnd)) {
        maxEnd = t.get().end();
      }
    }
    for (Claim c : later) {
      Optional<DateValue> t = effectiveTime(c);
      if (t.isEmpty() || !t.get().start().isAfter(maxEnd)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the tolerance for approximate figures of {@code predicate}. */
  public double tolerance(String predicate) {
    return rules.tolerance(predicate);
  }

  /** Returns whether figures of {@code predicate} are cumulative (may grow over time, not fall). */
  public boolean isCumulative(String predicate) {
    return rules.isCumulative(predicate);
  }

  /**
   * Returns the interval a claim's value stands for: see {@link ValueInterval#of(Quantity,
   * double)} with the predicate's tolerance, and {@link ValueInterval#of(DateValue)}.
   */
  public ValueInterval interval(Claim claim) {
    ValueInterval cached = intervals.get(claim.id());
    if (cached == null) {
      cached = computeInterval(claim);
      intervals.put(claim.id(), cached);
    }
    return cached;
  }

  private ValueInterval computeInterval(Claim claim) {
    Value v = claim.value();
    if (v instanceof Quantity q) {
      return ValueInterval.of(q, tolerance(claim.predicate()));
    }
    return ValueInterval.of((DateValue) v);
  }

  /**
   * Returns a readable form of a subject key: {@code north_korea:soldiers} gives {@code North
   * Korean soldiers}. Known country prefixes are turned into adjectives; anything else has its
   * separators replaced by spaces.
   */
  public String subjectLabel(String subjectKey) {
    return Texts.subjectLabel(subjectKey);
  }

  /**
   * Returns what a group is about in words, such as {@code North Korean soldiers deployed} or
   * {@code people killed in Garut flood}.
   */
  public String topic(ClaimGroup group) {
    return Texts.topic(group.predicate(), group.subject(), group.event().orElse(null), group.isDates());
  }

  /**
   * Returns a value in words: {@code 15,000}, {@code about 600}, {@code 10,000–12,000}, {@code
   * more than 10,000}, {@code up to 9,000,000}, {@code 13 Sep 2023}, {@code 2023}.
   */
  public String formatValue(Value value) {
    return Texts.value(value);
  }

  /** Returns a date or period in words: {@code 2 Oct 2025}, {@code Oct 2025}, {@code Sep–Nov 2024}. */
  public String formatTime(DateValue time) {
    return Texts.time(time);
  }

  /**
   * Returns a claim as findings cite it: value, then in brackets the outlet, the attribution (and
   * the source it cites) and the time, such as {@code 120 (Harian A, police, 2 Oct 2025)}. A time
   * taken from the publication date reads {@code as of 2 Oct 2025}.
   */
  public String describe(Claim claim) {
    return Texts.describe(claim, this);
  }
}
