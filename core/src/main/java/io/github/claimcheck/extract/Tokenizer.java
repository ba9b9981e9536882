package io.github.claimcheck.extract;

import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into word and punctuation tokens in one pass. Words keep inner hyphens,
 * apostrophes and dots between letters ({@code luka-luka}, {@code Jum'at}, {@code U.S.}); digits
 * with separators stay one token ({@code 10.000}).
 */
final class Tokenizer {

  private Tokenizer() {}

  /**
   * Splits {@code text[from, to)}; each word's norm is the word without one of {@code clitics}
   * (the language profile's endings: "-nya", "-lah", … in Indonesian).
   */
  static TokenList tokenize(String text, int from, int to, List<String> clitics) {
    TokenList out = new TokenList();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (d < 0x80 ? isAsciiLetterOrDigit(d) : Character.isLetterOrDigit(d)) {
            i++;
          } else if ((d == '-' || d == '\'' || d == '’' || d == '.' || d == ',' || d == '/')
              && i + 1 < to
              && Character.isLetterOrDigit(text.charAt(i + 1))
              && sameClass(text.charAt(i - 1), text.charAt(i + 1), d)) {
            i += 2;
          } else {
            break;
          }
        }
        // "U.S." keeps its final dot when the word is dotted initials.
        if (i < to && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.') {
          i++;
        }
      } else {
        i++;
      }
      String t = text.substring(start, i);
      String lower = t.toLowerCase(Locale.ROOT);
      out.append(new Token(start, i, t, lower, stripClitic(lower, clitics)));
    }
    return out;
  }

  /** {@link Character#isLetterOrDigit} for an ASCII char, without its tables. */
  private static boolean isAsciiLetterOrDigit(char c) {
    char lower = (char) (c | 0x20);
    return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean sameClass(char before, char after, char sep) {
    boolean digits = Character.isDigit(before) && Character.isDigit(after);
    if (sep == '.' || sep == ',' || sep == '/') {
      // Separators join digits (10.000, 1,5, 22/3) and dotted initials (U.S), not words.
      return digits || (sep == '.' && Character.isUpperCase(before) && Character.isUpperCase(after));
    }
    return true;
  }

  static String stripClitic(String lower, List<String> clitics) {
    for (String c : clitics) {
      if (lower.length() > c.length() + 2 && lower.endsWith(c)) {
        return lower.substring(0, lower.length() - c.length());
      }
    }
    return lower;
  }
}
