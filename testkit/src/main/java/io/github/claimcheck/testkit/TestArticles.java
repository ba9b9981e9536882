package io.github.claimcheck.testkit;

import io.github.claimcheck.model.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Articles written inline in a test, without files:
 *
 * <pre>{@code
 * List<Article> articles = TestArticles.inStory("disaster/garut-flood",
 *     article("a1", "2025-10-02", "Banjir bandang menewaskan 27 orang, kata BNPB."),
 *     article("a2", "2025-10-04", "Harian B", "BNPB merevisi jumlah korban tewas menjadi 24 orang."));
 * }</pre>
 *
 * <p>The language is detected from the text, as for any article without one; use {@link
 * Article#toBuilder()} to set more.
 */
public final class TestArticles {

  private TestArticles() {}

  /**
   * Returns an article published on {@code date}.
   *
   * @param id the article id, which findings are asserted against ({@code citing("a1")})
   * @param date the publication date, ISO {@code yyyy-mm-dd}
   * @param text the text
   * @throws IllegalArgumentException if the date is not ISO {@code yyyy-mm-dd}
   */
  public static Article article(String id, String date, String text) {
    return Article.builder(id, text).published(date(date)).build();
  }

  /**
   * Returns an article published on {@code date} by {@code source} (the outlet findings name).
   *
   * @throws IllegalArgumentException if the date is not ISO {@code yyyy-mm-dd}
   */
  public static Article article(String id, String date, String source, String text) {
    return Article.builder(id, text).published(date(date)).source(source).build();
  }

  /**
   * Returns the articles with their story set to {@code story} (articles of different stories are
   * never compared). Tags can be written into the story name: {@code disaster/garut-flood} is
   * tagged {@code disaster}.
   */
  public static List<Article> inStory(String story, Article... articles) {
    Objects.requireNonNull(story, "story");
    List<Article> out = new ArrayList<>(articles.length);
    for (Article a : articles) {
      out.add(a.toBuilder().story(story).build());
    }
    return List.copyOf(out);
  }

  private static LocalDate date(String iso) {
    Objects.requireNonNull(iso, "date");
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be ISO yyyy-mm-dd, got '" + iso + "'", e);
    }
  }
}
