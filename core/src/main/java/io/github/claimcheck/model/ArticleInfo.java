package io.github.claimcheck.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as the report lists it: what the input said about it, and what the checker inferred
 * (language, publication date).
 */
public final class ArticleInfo {

  /**
   * Where the publication date comes from, and so how far it can be trusted. A report date read
   * from a dateline pins the report's day; the weaker bases are guesses that may be off by days.
   *
   * @since 0.1.0
   */
  public enum DateBasis {
    /** Given with the article (input field, URL or feed). */
    GIVEN,
    /**
     * A dateline: a weekday with its full date at the head of the text, in a reporting clause or
     * after {@code dikutip}/{@code dilansir} ({@code Jakarta, Kamis (1/5/2025) -}).
     */
    DATELINE,
    /** The latest full date in a reporting clause or a dateline shape without a weekday. */
    REPORT_DAY,
    /** A weekday named with a day and month, in the latest year in which it matches. */
    WEEKDAY_YEAR,
    /** The latest day the text mentions: a lower bound more than the report's day. */
    LATEST_DATE;

    /** Whether the basis pins the report's own day (given, or read from a dateline). */
    public boolean certain() {
      return this == GIVEN || this == DATELINE;
    }
  }

  private final Article article;
  private final Language language;
  private final boolean languageDetected;
  private final LocalDate published;
  private final boolean publishedInferred;
  private final String publishedEvidence;
  private final DateBasis publishedBasis;

  private ArticleInfo(
      Article article,
      Language language,
      boolean languageDetected,
      LocalDate published,
      boolean publishedInferred,
      String publishedEvidence,
      DateBasis publishedBasis) {
    this.article = Objects.requireNonNull(article, "article");
    this.language = Objects.requireNonNull(language, "language");
    this.languageDetected = languageDetected;
    this.published = published;
    this.publishedInferred = publishedInferred;
    this.publishedEvidence = publishedEvidence;
    this.publishedBasis = published == null ? null : publishedBasis;
  }

  /**
   * Returns the info.
   *
   * @param article the article as given
   * @param language the language used to read it
   * @param languageDetected whether the language was detected rather than given
   * @param published the reference date used, or {@code null} when none is known
   * @param publishedInferred whether {@code published} was inferred from the text
   * @param publishedEvidence the words it was inferred from, or {@code null}
   */
  public static ArticleInfo of(
      Article article,
      Language language,
      boolean languageDetected,
      LocalDate published,
      boolean publishedInferred,
      String publishedEvidence) {
    return new ArticleInfo(
        article, language, languageDetected, published, publishedInferred, publishedEvidence,
        publishedInferred ? DateBasis.LATEST_DATE : DateBasis.GIVEN);
  }

  /**
   * Returns the info of an article whose date was inferred (or given, with basis {@link
   * DateBasis#GIVEN}).
   *
   * @param article the article as given
   * @param language the language used to read it
   * @param languageDetected whether the language was detected rather than given
   * @param published the reference date used, or {@code null} when none is known
   * @param basis where {@code published} comes from; ignored when it is null
   * @param publishedEvidence the words it was inferred from, or {@code null}
   * @throws NullPointerException if {@code published} is given without a basis
   * @since 0.1.0
   */
  public static ArticleInfo of(
      Article article,
      Language language,
      boolean languageDetected,
      LocalDate published,
      DateBasis basis,
      String publishedEvidence) {
    if (published != null) {
      Objects.requireNonNull(basis, "basis");
    }
    return new ArticleInfo(article, language, languageDetected, published,
        published != null && basis != DateBasis.GIVEN, publishedEvidence, basis);
  }

  /** Returns the article as given. */
  public Article article() {
    return article;
  }

  /**
   * Returns the outlet that published the article ({@link Article#source()}), else its id: how
   * findings and reports name it.
   *
   * @since 0.1.0
   */
  public String outlet() {
    return article.source().orElse(id());
  }

  /** Returns the article id. */
  public String id() {
    return article.id();
  }

  /** Returns the language the article was read in. */
  public Language language() {
    return language;
  }

  /** Returns whether the language was detected rather than given. */
  public boolean languageDetected() {
    return languageDetected;
  }

  /** Returns the publication date used as reference, given or inferred. */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  /** Returns whether the publication date was inferred from the text. */
  public boolean publishedInferred() {
    return publishedInferred;
  }

  /** Returns the words the publication date was inferred from. */
  public Optional<String> publishedEvidence() {
    return Optional.ofNullable(publishedEvidence);
  }

  /**
   * Returns where the publication date comes from; empty when no date is known. A date that is
   * not {@link DateBasis#certain() certain} may be off by days: the report's own day is then
   * unknown, and running figures without their own date have no certain time.
   *
   * @since 0.1.0
   */
  public Optional<DateBasis> publishedBasis() {
    return Optional.ofNullable(publishedBasis);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleInfo i
        && article.equals(i.article)
        && language == i.language
        && languageDetected == i.languageDetected
        && Objects.equals(published, i.published)
        && publishedInferred == i.publishedInferred
        && Objects.equals(publishedEvidence, i.publishedEvidence)
        && publishedBasis == i.publishedBasis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, language, published, publishedInferred);
  }

  @Override
  public String toString() {
    return id() + " (" + language.code() + ", " + (published == null ? "no date" : published)
        + (publishedInferred ? " inferred" : "") + ")";
  }
}
