package io.github.claimcheck.parse;

import java.util.Locale;

/** One token of text: a run of letters, a run of digits (with inner separators), or one symbol. */
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

  Token(Type type, int start, int end, String text, boolean glued, int digits) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.text = text;
    // Digit runs can be huge (adversarial input); they need no case folding.
    this.key = type == Type.NUMBER ? text : text.toLowerCase(Locale.ROOT);
    this.glued = glued;
    this.digits = digits;
  }

  @Override
  public String toString() {
    return type + ":" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
