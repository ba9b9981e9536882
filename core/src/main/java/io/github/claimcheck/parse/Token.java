package io.github.claimcheck.parse;

import java.util.Locale;

/**
 * One token of text as the number scanner reads it (see {@link TextTokens#numberTokens()}): a run
 * of letters, a run of digits (with inner separators), or one symbol.
 */
final class Token {

  /** What a token is made of. */
  enum Type {
    WORD,
    NUMBER,
    PUNCT
  }

  final Type type;
  final int start;
  final int end;
  final String text;
  final String key;
  /** True when no whitespace separates this token from the previous one. */
  final boolean glued;
  /** Number of ASCII digits, for {@link Type#NUMBER} tokens. */
  final int digits;
  /** The word's look-up in the language's {@link ScanWords}, or null when not looked up. */
  final ScanWords.Word word;

  /**
   * A token; {@code key} is its lower-cased text, or null to lower-case it here, and {@code word}
   * the look-up of that key, or null.
   */
  Token(Type type, int start, int end, String text, String key, boolean glued, int digits,
      ScanWords.Word word) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.text = text;
    // Digit runs can be huge (adversarial input); they need no case folding.
    this.key = key != null ? key : type == Type.NUMBER ? text : text.toLowerCase(Locale.ROOT);
    this.glued = glued;
    this.digits = digits;
    this.word = word;
  }

  @Override
  public String toString() {
    return type + ":" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
