package io.github.claimcheck.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as the report lists it: what the input said about it, and what the checker inferred
 * (language, publication date).
 */
public final class ArticleInfo {

  private final Article article;
  private final Language language;
  private final boolean languageDetected;
  private final LocalDate published;
  private final boolean publishedInferred;
  private final String publishedEvidence;

  private ArticleInfo(
      Article article,
      Language language,
      boolean languageDetected,
      LocalDate published,
      boolean publishedInferred,
      String publishedEvidence) {
    this.article = Objects.requireNonNull(article, "article");
    this.language = Objects.requireNonNull(language, "language");
    this.languageDetected = languageDetected;
    this.published = published;
    this.publishedInferred = publishedInferred;
    this.publishedEvidence = publishedEvidence;
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
        article, language, languageDetected, published, publishedInferred, publishedEvidence);
  }

  /** Returns the article as given. */
  public Article article() {
    return article;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleInfo i
        && article.equals(i.article)
        && language == i.language
        && languageDetected == i.languageDetected
        && Objects.equals(published, i.published)
        && publishedInferred == i.publishedInferred
        && Objects.equals(publishedEvidence, i.publishedEvidence);
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
