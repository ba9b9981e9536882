package io.github.claimcheck.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s in one linear pass: letter runs, digit runs (digits with inner
 * {@code .} or {@code ,} each followed by a digit, so {@code 10.000.000} and {@code 1,5} are one
 * token) and single symbols. Whitespace is dropped but remembered as {@link Token#glued}.
 */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokenize(CharSequence cs) {
    String s = cs.toString();
    int n = s.length();
    List<Token> out = new ArrayList<>();
    int prevEnd = -1;
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int cc = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += cc;
        continue;
      }
      int st = i;
      boolean glued = st == prevEnd;
      if (isDigit(cp)) {
        int digits = 0;
        while (i < n) {
          char c = s.charAt(i);
          if (c >= '0' && c <= '9') {
            digits++;
            i++;
          } else if ((c == '.' || c == ',') && i + 1 < n && isDigit(s.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        out.add(new Token(Token.Type.NUMBER, st, i, s.substring(st, i), glued, digits));
      } else if (Character.isLetter(cp)) {
        i += cc;
        while (i < n) {
          char ascii = s.charAt(i);
          if (ascii < 0x80) {
            // Most letters are ASCII: no code point, letter table or mark check needed.
            if (!isAsciiLetter(ascii)) {
              break;
            }
            i++;
            continue;
          }
          int c = s.codePointAt(i);
          if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            i += Character.charCount(c);
          } else {
            break;
          }
        }
        out.add(new Token(Token.Type.WORD, st, i, s.substring(st, i), glued, 0));
      } else {
        i += cc;
        out.add(new Token(Token.Type.PUNCT, st, i, s.substring(st, i), glued, 0));
      }
      prevEnd = i;
    }
    return out;
  }

  private static boolean isAsciiLetter(char c) {
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'z';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
