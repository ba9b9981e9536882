package io.github.claimcheck.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article to check: an id, its text and what is known about it.
 *
 * <p>Only the id and text are required. A missing publication date is inferred from the text, a
 * missing language is detected. Build one with {@link #of(String, String)} or {@link
 * #builder(String, String)}.
 */
public final class Article {

  /**
   * The earliest publication date an article may have: claimcheck reads dates of the years
   * 1900–2100, and resolves relative dates ("kemarin", "last week") against the publication date.
   *
   * @since 0.1.0
   */
  public static final LocalDate EARLIEST_PUBLISHED = LocalDate.of(1900, 1, 1);

  /**
   * The latest publication date an article may have.
   *
   * @since 0.1.0
   */
  public static final LocalDate LATEST_PUBLISHED = LocalDate.of(2100, 12, 31);

  private final String id;
  private final String text;
  private final String source;
  private final String url;
  private final LocalDate published;
  private final Language language;
  private final String story;

  private Article(Builder b) {
    this.id = b.id;
    this.text = b.text;
    this.source = b.source;
    this.url = b.url;
    this.published = b.published;
    this.language = b.language;
    this.story = b.story;
  }

  /** Returns an article with just an id and text. */
  public static Article of(String id, String text) {
    return builder(id, text).build();
  }

  /**
   * Returns a builder.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /** Returns a builder holding this article's fields. */
  public Builder toBuilder() {
    return new Builder(id, text)
        .source(source)
        .url(url)
        .published(published)
        .language(language)
        .story(story);
  }

  /** Returns the id, unique within a check. */
  public String id() {
    return id;
  }

  /** Returns the full text; claim offsets point into it. */
  public String text() {
    return text;
  }

  /** Returns the outlet, such as {@code VOA Indonesia}. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Returns the URL the article was read from. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** Returns the publication date when the input gave it. */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  /** Returns the language when the input gave it. */
  public Optional<Language> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the story the article belongs to, when the input gave it: articles of different
   * stories are never compared.
   */
  public Optional<String> story() {
    return Optional.ofNullable(story);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a
        && id.equals(a.id)
        && text.equals(a.text)
        && Objects.equals(source, a.source)
        && Objects.equals(url, a.url)
        && Objects.equals(published, a.published)
        && language == a.language
        && Objects.equals(story, a.story);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, source, url, published, language, story);
  }

  @Override
  public String toString() {
    return "Article{" + id + (published == null ? "" : ", " + published) + ", " + text.length()
        + " chars}";
  }

  /** Builds an {@link Article}. Not thread-safe; the article it builds is. */
  public static final class Builder {
    private final String id;
    private final String text;
    private String source;
    private String url;
    private LocalDate published;
    private Language language;
    private String story;

    private Builder(String id, String text) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      if (id.isBlank()) {
        throw new IllegalArgumentException("article id is blank");
      }
      this.id = id;
      this.text = text;
    }

    /** Sets the outlet; {@code null} or blank clears it. */
    public Builder source(String source) {
      this.source = blankToNull(source);
      return this;
    }

    /** Sets the URL; {@code null} or blank clears it. */
    public Builder url(String url) {
      this.url = blankToNull(url);
      return this;
    }

    /**
     * Sets the publication date; {@code null} clears it.
     *
     * @throws IllegalArgumentException if the date is before {@link #EARLIEST_PUBLISHED} or after
     *     {@link #LATEST_PUBLISHED} (a year 0, a negative year or year 10000 is a mistake, and
     *     dates resolved against it could not be written as ISO dates)
     */
    public Builder published(LocalDate published) {
      if (published != null
          && (published.isBefore(EARLIEST_PUBLISHED) || published.isAfter(LATEST_PUBLISHED))) {
        throw new IllegalArgumentException("published must be between " + EARLIEST_PUBLISHED
            + " and " + LATEST_PUBLISHED + ", not " + published);
      }
      this.published = published;
      return this;
    }

    /** Sets the language; {@code null} means detect it. */
    public Builder language(Language language) {
      this.language = language;
      return this;
    }

    /** Sets the story; {@code null} or blank clears it. */
    public Builder story(String story) {
      this.story = blankToNull(story);
      return this;
    }

    /** Returns the article. */
    public Article build() {
      return new Article(this);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
