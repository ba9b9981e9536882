package io.github.claimcheck.input;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mends the strings of a JSONL line so that what is printed is what was read, and says what was
 * mended: JSON can carry an unpaired UTF-16 surrogate ({@code "\ud800"}) that no output encoding
 * can show (it came out as {@code ?}), and an id can hold spaces or invisible characters that make
 * two ids look the same.
 */
final class FieldText {

  private static final char REPLACEMENT = '\uFFFD';

  private FieldText() {}

  /**
   * Returns {@code value} with each unpaired surrogate replaced by U+FFFD, adding a note naming
   * the field when there was one; {@code null} stays {@code null}.
   */
  static String wellFormed(String field, String value, List<String> notes) {
    if (value == null) {
      return null;
    }
    StringBuilder out = null;
    int first = -1;
    int count = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
          : !Character.isLowSurrogate(c);
      if (Character.isHighSurrogate(c) && paired) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!paired) {
        if (out == null) {
          out = new StringBuilder(value.length()).append(value, 0, i);
          first = i;
        }
        count++;
        out.append(REPLACEMENT);
      } else if (out != null) {
        out.append(c);
      }
    }
    if (out == null) {
      return value;
    }
    notes.add("field '" + field + "' holds " + (count == 1 ? "an unpaired UTF-16 surrogate"
        : count + " unpaired UTF-16 surrogates") + " (the first, " + codePoint(value.charAt(first))
        + ", at character " + (first + 1) + "), which no text can show; replaced by U+FFFD");
    return out.toString();
  }

  /**
   * Returns the id without surrounding spaces and without invisible format characters (zero-width
   * spaces, joiners, direction marks, byte-order marks), adding a note when anything was removed:
   * ids that look the same must be the same.
   */
  static String visibleId(String id, List<String> notes) {
    StringBuilder out = new StringBuilder(id.length());
    Set<String> removed = new TreeSet<>();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        removed.add(codePoint(c));
      } else {
        out.append(c);
      }
    }
    String visible = strip(out.toString());
    if (visible.length() != out.length()) {
      removed.add("surrounding spaces");
    }
    if (!removed.isEmpty() && !visible.isEmpty()) {
      notes.add("id \"" + escapeInvisible(id) + "\" holds " + String.join(", ", removed)
          + "; read as \"" + visible + "\"");
    }
    return visible;
  }

  /** Strips whitespace and space separators such as U+00A0 at both ends. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The id with invisible and space-like characters written as {@code <U+200B>}. */
  private static String escapeInvisible(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.FORMAT || (isSpace(c) && c != ' ')
          || Character.isISOControl(c)) {
        out.append('<').append(codePoint(c)).append('>');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
