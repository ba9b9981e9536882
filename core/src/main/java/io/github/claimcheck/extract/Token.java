package io.github.claimcheck.extract;

/**
 * A word or punctuation mark of a sentence, with its offsets into the article text.
 *
 * @param start offset of the first char in the article text
 * @param end offset after the last char
 * @param text the token as written
 * @param lower the token lower-cased
 * @param norm the lower-cased word with one clitic (-nya, -lah, -kah, -pun) removed
 */
record Token(int start, int end, String text, String lower, String norm) {

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Whether the token is an acronym of two to five capitals ("KRI", "KPPS"). */
  boolean isAcronym() {
    return text.length() >= 2 && text.length() <= 5 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Whether the token is a quote mark standing alone: {@code "}, {@code “}, {@code ”} or {@code '}. */
  boolean isQuote() {
    return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("'");
  }

  /**
   * Whether the token ends a clause: a comma, semicolon, colon or a dash standing alone (a
   * hyphen inside a word or a range such as 10-12 is part of its token).
   */
  boolean isClauseBreak() {
    if (text.length() != 1) {
      return false;
    }
    char c = text.charAt(0);
    return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '-';
  }
}
