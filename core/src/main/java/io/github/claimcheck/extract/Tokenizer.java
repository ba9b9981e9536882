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
    return tokenize(text, from, to, clitics, null);
  }

  /**
   * {@link #tokenize(String, int, int, List)}, each word looked up in {@code words} as it is cut
   * (null: none): a word it knows is not copied out of the text when written in lower case, and
   * never lower-cased, nor looked up again.
   */
  static TokenList tokenize(
      String text, int from, int to, List<String> clitics, Vocabulary words) {
    // about one token per six chars of news prose: most sentences need no growing
    TokenList out = words == null ? new TokenList() : new TokenList(words, (to - from) / 6 + 1);
    int i = from;
    boolean allAscii = true; // every char, white space too
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        allAscii &= c < 0x80;
        i++;
        continue;
      }
      int start = i;
      // The lower-cased token's String hash, summed on the way while every char is ASCII: the
      // vocabulary looks every token up, and a new string has no hash cached.
      int h = lowerAscii(c);
      boolean ascii = c < 0x80;
      boolean lowerCase = c < 'A' || c > 'Z';
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (d < 0x80 ? isAsciiLetterOrDigit(d) : Character.isLetterOrDigit(d)) {
            h = 31 * h + lowerAscii(d);
            ascii &= d < 0x80;
            lowerCase &= d < 'A' || d > 'Z';
            i++;
          } else if ((d == '-' || d == '\'' || d == '’' || d == '.' || d == ',' || d == '/' || d == ':')
              && i + 1 < to
              && Character.isLetterOrDigit(text.charAt(i + 1))
              && sameClass(text.charAt(i - 1), text.charAt(i + 1), d)) {
            char e = text.charAt(i + 1);
            h = 31 * (31 * h + d) + lowerAscii(e);
            ascii &= d < 0x80 && e < 0x80;
            lowerCase &= e < 'A' || e > 'Z';
            i += 2;
          } else {
            break;
          }
        }
        // "U.S." keeps its final dot when the word is dotted initials.
        if (i < to && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.') {
          h = 31 * h + '.';
          i++;
        }
      } else {
        i++;
      }
      allAscii &= ascii;
      if (words != null && ascii) {
        int id = words.find(text, start, i, h);
        String lower = id < 0 ? null : words.word(id);
        String t = lower != null && lowerCase ? lower : text.substring(start, i);
        if (lower == null) {
          lower = lowerCase ? t : t.toLowerCase(Locale.ROOT);
        }
        // The clitic-free word, looked up the same way: -1 when there is no clitic to strip.
        int clitic = cliticLength(text, start, i, clitics);
        String norm = lower;
        int normId = -1;
        if (clitic > 0) {
          int stem = i - clitic;
          normId = words.find(text, start, stem, lowerHash(text, start, stem));
          norm = normId >= 0 ? words.word(normId) : lower.substring(0, stem - start);
        }
        out.append(new Token(start, i, t, lower, norm), h, id, normId);
        continue;
      }
      String t = text.substring(start, i);
      String lower = t.toLowerCase(Locale.ROOT);
      out.append(new Token(start, i, t, lower, stripClitic(lower, clitics)),
          ascii ? h : lower.hashCode());
    }
    out.allAscii(allAscii);
    return out;
  }

  /** An ASCII char lower-cased; any other char as it is (its token's hash is not summed). */
  private static int lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
  }

  /** {@link Character#isLetterOrDigit} for an ASCII char, without its tables. */
  private static boolean isAsciiLetterOrDigit(char c) {
    char lower = (char) (c | 0x20);
    return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean sameClass(char before, char after, char sep) {
    boolean digits = Character.isDigit(before) && Character.isDigit(after);
    if (sep == ':') {
      return digits; // a time of day ("18:27"), not a colon that ends a label
    }
    if (sep == '.' || sep == ',' || sep == '/') {
      // Separators join digits (10.000, 1,5, 22/3) and dotted initials (U.S), not words.
      return digits || (sep == '.' && Character.isUpperCase(before) && Character.isUpperCase(after));
    }
    return true;
  }

  /**
   * The length of the first of {@code clitics} that ends the span {@code text[from, to)}, its
   * ASCII capitals lowered, and leaves more than two chars before it; 0 when none does.
   */
  private static int cliticLength(String text, int from, int to, List<String> clitics) {
    // By index, last chars first: asked for every word, and most words end in no clitic.
    for (int k = 0; k < clitics.size(); k++) {
      String c = clitics.get(k);
      int n = c.length();
      if (to - from > n + 2 && (n == 0 || lowerAscii(text.charAt(to - 1)) == c.charAt(n - 1))
          && endsWithLowered(text, to, c)) {
        return n;
      }
    }
    return 0;
  }

  private static boolean endsWithLowered(String text, int to, String ending) {
    int from = to - ending.length();
    for (int k = 0; k < ending.length(); k++) {
      if (lowerAscii(text.charAt(from + k)) != ending.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The {@code hashCode()} of the lower-cased ASCII span {@code text[from, to)}. */
  private static int lowerHash(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + lowerAscii(text.charAt(k));
    }
    return h;
  }

  static String stripClitic(String lower, List<String> clitics) {
    int n = cliticLength(lower, 0, lower.length(), clitics);
    return n == 0 ? lower : lower.substring(0, lower.length() - n);
  }
}
