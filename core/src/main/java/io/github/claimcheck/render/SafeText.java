package io.github.claimcheck.render;

/**
 * Makes text that came from the input (article text, ids, outlets, attributions, file names,
 * problem messages) safe to print on a terminal, in a Markdown or HTML page, or on standard error.
 * Every renderer of this package and the command line pass such text through {@link
 * #clean(CharSequence)}; the JSON writers escape the same characters as {@code \}{@code uXXXX}.
 *
 * <p>Unsafe ({@link #isUnsafe(int)}), and what {@link #clean(CharSequence)} puts instead:
 *
 * <table>
 *   <caption>Replacements</caption>
 *   <tr><th>characters</th><th>why</th><th>printed as</th></tr>
 *   <tr><td>tab, line feed, vertical tab, form feed, carriage return, U+0085 next line, U+2028
 *       line separator, U+2029 paragraph separator</td><td>start a new line or move the cursor, so
 *       one field could forge a line of the report</td><td>a space</td></tr>
 *   <tr><td>the other C0 controls U+0000–U+001F (ESC starts ANSI and OSC sequences: colours,
 *       cursor moves, erasing the screen, setting the clipboard; BEL ends OSC) and DEL</td>
 *       <td>terminals obey them</td><td>the visible control picture: ␛ for ESC, ␇ for BEL, ␡ for
 *       DEL</td></tr>
 *   <tr><td>C1 controls U+0080–U+009F (U+009B is a one-character CSI)</td><td>some terminals
 *       obey them</td><td>U+FFFD �</td></tr>
 *   <tr><td>bidirectional formatting: U+202A–U+202E embeddings and overrides, U+2066–U+2069
 *       isolates, U+200E/U+200F/U+061C marks</td><td>they reorder what is displayed, so a report
 *       line could show other words or digits than it holds</td><td>U+FFFD �</td></tr>
 *   <tr><td>an unpaired surrogate</td><td>no character; encoders write {@code ?}</td><td>U+FFFD
 *       �</td></tr>
 * </table>
 *
 * <p>Each unsafe {@code char} becomes one {@code char}, so offsets into a cleaned string are
 * those of the original. Everything else, including letters of any script, emoji, zero-width
 * spaces and joiners, is kept. Thread-safe; stateless.
 *
 * @since 0.1.0
 */
public final class SafeText {

  private SafeText() {}

  /**
   * Returns whether {@code c} is unsafe to print as it is: a control character, a line or
   * paragraph separator, or a bidirectional formatting character (see the class documentation).
   * Surrogate code units are not code points and are judged by {@link #clean(CharSequence)}.
   */
  public static boolean isUnsafe(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
  }

  /** U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069. */
  private static boolean isBidiControl(int c) {
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Returns {@code text} with every unsafe character replaced by a visible, harmless one of the
   * same length (see the class documentation); the same string when there is none.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String clean(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n && isSafeAt(s, i)) {
      i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(replacement(c));
      }
    }
    return sb.toString();
  }

  private static boolean isSafeAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return !Character.isLowSurrogate(c) && !isUnsafe(c);
  }

  /** What a lone {@code char} is printed as: itself when safe. */
  private static char replacement(char c) {
    if (c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == 0x85
        || c == 0x2028 || c == 0x2029) {
      return ' ';
    }
    if (c < 0x20) {
      return (char) (0x2400 + c); // Control Pictures: ␀ … ␟
    }
    if (c == 0x7f) {
      return '\u2421'; // ␡
    }
    if (isUnsafe(c) || Character.isSurrogate(c)) {
      return '\ufffd';
    }
    return c;
  }
}
