package io.github.claimcheck.model;

import java.util.Locale;
import java.util.Optional;

/** The languages claimcheck reads. */
public enum Language {
  /** Indonesian (Bahasa Indonesia), ISO 639-1 code {@code id}. */
  INDONESIAN("id"),
  /** English, ISO 639-1 code {@code en}. */
  ENGLISH("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** Returns the ISO 639-1 code, {@code id} or {@code en}. */
  public String code() {
    return code;
  }

  /**
   * Returns the language with the given ISO 639-1 code, ignoring case ({@code "in"}, the old code
   * for Indonesian, is accepted too).
   */
  public static Optional<Language> fromCode(String code) {
    switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "id":
      case "in":
      case "ind":
        return Optional.of(INDONESIAN);
      case "en":
      case "eng":
        return Optional.of(ENGLISH);
      default:
        return Optional.empty();
    }
  }
}
