package io.github.claimcheck.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The part of a whole that a figure counts: a place ("8 orang di Kecamatan Gunungsari"), a
 * category ("perempuan 59.902 jiwa", "cabin crew") or a status ("luka berat 593 orang", "11 of
 * them in critical condition"). A claim without a scope counts the whole: the total.
 *
 * <p>Claims are compared only with claims of the same scope; the {@code parts-and-totals} rule
 * compares parts with their total.
 *
 * @param kind what kind of part
 * @param key the part's canonical key, lower case, e.g. {@code lombok_barat}; claims of the same
 *     kind and key count the same part
 * @param text the part as the article names it, e.g. {@code Kabupaten Lombok Barat}
 * @since 0.1.0
 */
public record Scope(Kind kind, String key, String text) {

  /** What kind of part a scope names. */
  public enum Kind {
    /** A place within the event's area: a district, a village, a province. */
    PLACE,
    /** A category of the counted group: women, children, crew, foreigners. */
    CATEGORY,
    /** A status of the counted group: seriously injured, identified, in critical condition. */
    STATUS;

    /** Returns the name used in JSON, e.g. {@code place}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Validates the scope.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key or text is blank
   */
  public Scope {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    if (key.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("scope key and text must not be blank");
    }
  }

  /** Returns a place scope. */
  public static Scope place(String key, String text) {
    return new Scope(Kind.PLACE, key, text);
  }

  /** Returns a category scope. */
  public static Scope category(String key, String text) {
    return new Scope(Kind.CATEGORY, key, text);
  }

  /** Returns a status scope. */
  public static Scope status(String key, String text) {
    return new Scope(Kind.STATUS, key, text);
  }

  /**
   * Joins the keys of two categories named together ("laki-laki dewasa": {@code men+adults}), a
   * part of the part the first names.
   *
   * @since 0.2.0
   */
  public static final String CATEGORY_JOINER = "+";

  /**
   * Returns whether this is a category of two joined ({@link #CATEGORY_JOINER}): a finer part than
   * one category names.
   *
   * @since 0.2.0
   */
  public boolean joinedCategories() {
    return kind == Kind.CATEGORY && key.contains(CATEGORY_JOINER);
  }

  /** The key prefix of a part that no word names (see {@link #unnamedPart}). */
  private static final String UNNAMED_PREFIX = "part_at_";

  /**
   * Returns a part of a group that no word names ("11 of them", an item of a list without a
   * label), keyed by where its figure starts in the article: it is compared only within its
   * article.
   *
   * @param kind the kind of the parts it is listed with (a status when none)
   * @param offset where the figure starts in the article text
   * @param text the figure as written
   * @since 0.2.0
   */
  public static Scope unnamedPart(Kind kind, int offset, String text) {
    return new Scope(kind, UNNAMED_PREFIX + offset, text);
  }

  /**
   * Returns whether this is a part that no word names ({@link #unnamedPart}): its key means
   * nothing outside its article.
   *
   * @since 0.2.0
   */
  public boolean unnamed() {
    return key.startsWith(UNNAMED_PREFIX);
  }

  /**
   * Returns the form used to group claims of one article: {@link #id()}, with the article for a
   * part that no word names, which the same part of no other article is.
   *
   * @param articleId the claim's article
   * @since 0.2.0
   */
  public String groupingId(String articleId) {
    return unnamed() ? id() + "@" + articleId : id();
  }

  /** Returns {@code kind:key}, e.g. {@code place:lombok_barat}: the form used to group claims. */
  public String id() {
    return kind.jsonName() + ":" + key;
  }

  /** Returns {@link #id()}. */
  @Override
  public String toString() {
    return id();
  }
}
