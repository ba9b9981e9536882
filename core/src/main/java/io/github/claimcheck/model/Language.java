package io.github.claimcheck.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A language, named by its ISO 639 code ({@code id}, {@code en}, {@code ms}). What claimcheck
 * knows of a language is its {@link io.github.claimcheck.lang.LanguageProfile profile}: a folder of
 * word lists plus a few typed settings. Indonesian and English are built in; other languages are
 * added by registering a profile (see {@code ClaimChecker.Builder#language(LanguageProfile)}).
 *
 * <p>A value type: two languages with the same code are equal (and the same instance). Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class Language {

  private static final ConcurrentMap<String, Language> BY_CODE = new ConcurrentHashMap<>();

  /** Indonesian (Bahasa Indonesia), ISO 639-1 code {@code id}. */
  public static final Language INDONESIAN = of("id");
  /** English, ISO 639-1 code {@code en}. */
  public static final Language ENGLISH = of("en");

  private final String code;

  private Language(String code) {
    this.code = code;
  }

  /**
   * Returns the language with the given ISO 639 code: two or three lower-case letters, optionally
   * followed by a region ({@code ms}, {@code en}, {@code pt-br}).
   *
   * @throws IllegalArgumentException if the code is not of that shape
   * @throws NullPointerException if the code is null
   */
  public static Language of(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip().toLowerCase(Locale.ROOT);
    if (!c.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?")) {
      throw new IllegalArgumentException(
          "a language code is two or three letters (ISO 639), such as 'id' or 'en', not '" + code + "'");
    }
    return BY_CODE.computeIfAbsent(c, Language::new);
  }

  /** Returns the built-in languages: Indonesian and English. */
  public static List<Language> builtIn() {
    return List.of(INDONESIAN, ENGLISH);
  }

  /** Returns the ISO 639 code, such as {@code id} or {@code en}. */
  public String code() {
    return code;
  }

  /**
   * Returns the language with the given code, ignoring case; {@code "in"} and {@code "ind"} (old
   * and three-letter codes for Indonesian) and {@code "eng"} are accepted too. Empty when the text
   * is no language code.
   */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "in":
      case "ind":
        return Optional.of(INDONESIAN);
      case "eng":
        return Optional.of(ENGLISH);
      default:
        try {
          return Optional.of(of(code));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Language l && code.equals(l.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
