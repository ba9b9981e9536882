package io.github.claimcheck.extract;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.lang.SharedData;
import io.github.claimcheck.lang.LanguageProfile.DataLine;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines of an article worth reading, without copying or changing the text, so offsets
 * stay those of the text as given.
 *
 * <p>Dropped: boilerplate lines (read-also links, cookie notices, comment prompts, photo credits,
 * per {@code lang/boilerplate.tsv}) and any line repeating an earlier kept line (a headline
 * printed twice, an image caption printed twice).
 */
final class TextCleaner {

  /**
   * The prefixes by their first char (an empty prefix under char 0): a line is compared with the
   * few that start as it does, not with all of them.
   */
  private final Map<Character, List<String>> prefixesByFirst = new HashMap<>();
  private final List<String> contains = new ArrayList<>();
  private final List<LinePattern> patterns = new ArrayList<>();

  /**
   * A boilerplate pattern; one that starts with {@code ^} is tried at the line's start only
   * ({@code lookingAt}, the same answer as {@code find}), not at every char of every line.
   */
  private record LinePattern(Pattern pattern, boolean atStart) {
    /** Whether it is found in the line, by {@code m}, a matcher of this pattern (reset here). */
    boolean foundIn(Matcher m, String line) {
      m.reset(line);
      return atStart ? m.lookingAt() : m.find();
    }
  }

  private TextCleaner(List<DataLine> entries) {
    for (DataLine entry : entries) {
      String[] c = Resources.cells(entry.text());
      if (c.length != 2) {
        throw new ClaimCheckException(entry.at() + ": expected kind<TAB>pattern: " + entry.text());
      }
      switch (c[0]) {
        case "prefix":
          String prefix = c[1].toLowerCase(Locale.ROOT);
          prefixesByFirst.computeIfAbsent(prefix.isEmpty() ? '\0' : prefix.charAt(0),
              k -> new ArrayList<>()).add(prefix);
          break;
        case "contains":
          contains.add(c[1].toLowerCase(Locale.ROOT));
          break;
        case "regex":
          // ("^a|b" may match anywhere: any alternation is tried everywhere, as written)
          patterns.add(new LinePattern(
              Pattern.compile(c[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              c[1].startsWith("^") && c[1].indexOf('|') < 0));
          break;
        default:
          throw new ClaimCheckException(entry.at() + ": unknown kind '" + c[0]
              + "'; kinds: prefix, contains, regex");
      }
    }
  }

  /** Returns the cleaner of the shared boilerplate and that of every known language. */
  static TextCleaner standard() {
    return SharedData.parsed("boilerplate.tsv", TextCleaner.class, TextCleaner::new);
  }

  /** Returns the spans of the lines to read, in order, each trimmed of surrounding space. */
  List<Span> contentLines(String text) {
    List<Span> out = new ArrayList<>();
    // The lines kept, by the hash of their normalised form: a line repeats a kept one when the
    // normalised forms are equal, compared only on equal hashes (no copy of every line is kept).
    Map<Integer, int[]> seen = new HashMap<>();
    Matcher[] matchers = matchers();
    int n = text.length();
    int start = 0;
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        String line = text.substring(s, e);
        String lower = line.toLowerCase(Locale.ROOT); // once for both checks
        if (!isBoilerplate(line, lower, matchers)) {
          String norm = collapseSpaces(lower);
          int[] same = seen.get(norm.hashCode());
          boolean repeated = false;
          for (int k = 0; same != null && k < same.length && !repeated; k++) {
            Span kept = out.get(same[k]);
            repeated = normalise(kept.of(text)).equals(norm);
          }
          if (!repeated) {
            int index = out.size();
            seen.merge(norm.hashCode(), new int[] {index}, (a, b) -> {
              int[] c = Arrays.copyOf(a, a.length + 1);
              c[a.length] = b[0];
              return c;
            });
            out.add(Span.of(s, e));
          }
        }
      }
      start = end + 1;
    }
    return out;
  }

  boolean isBoilerplate(String line) {
    return isBoilerplate(line, line.toLowerCase(Locale.ROOT), matchers());
  }

  /** A matcher of each pattern, reset for each line: one per text rather than per line. */
  private Matcher[] matchers() {
    Matcher[] out = new Matcher[patterns.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = patterns.get(k).pattern().matcher("");
    }
    return out;
  }

  /**
   * {@link #isBoilerplate(String)} with the line lower-cased given: lower-casing keeps the leading
   * symbols symbols, so they are stripped from either alike. {@code matchers} are those of
   * {@link #matchers()}.
   */
  private boolean isBoilerplate(String line, String lower, Matcher[] matchers) {
    int from = leadingPunctuation(lower);
    if (startsWithPrefix(lower, from, '\0')
        || (from < lower.length() && startsWithPrefix(lower, from, lower.charAt(from)))) {
      return true;
    }
    for (String c : contains) {
      if (lower.indexOf(c, from) >= 0) {
        return true;
      }
    }
    String stripped = line.strip();
    for (int k = 0; k < matchers.length; k++) {
      // Patterns see the line as written, leading symbols included ("© 2025 ...").
      if (patterns.get(k).foundIn(matchers[k], stripped)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the prefixes filed under {@code first} starts {@code lower} at {@code from}. */
  private boolean startsWithPrefix(String lower, int from, char first) {
    List<String> candidates = prefixesByFirst.get(first);
    for (int k = 0; candidates != null && k < candidates.size(); k++) {
      if (lower.startsWith(candidates.get(k), from)) {
        return true;
      }
    }
    return false;
  }

  /** How many chars that are no letter or digit open the line. */
  private static int leadingPunctuation(String line) {
    int i = 0;
    while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Runs of ASCII white space (regex {@code \s}) as one space, lower case; no regex per line. */
  static String normalise(String line) {
    return collapseSpaces(line.toLowerCase(Locale.ROOT));
  }

  /** Runs of ASCII white space as one space (lower-casing neither makes nor takes such spaces). */
  private static String collapseSpaces(String line) {
    if (!needsCollapsing(line)) {
      return line;
    }
    int n = line.length();
    StringBuilder sb = new StringBuilder(n);
    boolean inSpace = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (isRegexSpace(c)) {
        if (!inSpace) {
          sb.append(' ');
        }
        inSpace = true;
      } else {
        sb.append(c);
        inSpace = false;
      }
    }
    return sb.toString();
  }

  /**
   * Whether a line has a white space other than a single blank: by {@code indexOf}, which the JVM
   * runs on many chars at once, since nearly every line has none.
   */
  private static boolean needsCollapsing(String line) {
    return line.indexOf("  ") >= 0 || line.indexOf('\t') >= 0 || line.indexOf('\n') >= 0
        || line.indexOf('\u000B') >= 0 || line.indexOf('\f') >= 0 || line.indexOf('\r') >= 0;
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
