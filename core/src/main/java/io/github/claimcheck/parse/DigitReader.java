package io.github.claimcheck.parse;

import io.github.claimcheck.lang.LanguageProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a digit token ({@code 10.000}, {@code 1,5}, {@code 2.5}, {@code 10,000}) under the
 * conventions of a language and what follows the token.
 *
 * <p>Rules (native = the language's own marks; Indonesian groups with {@code .} and uses {@code ,}
 * as decimal mark, English the reverse):
 *
 * <ul>
 *   <li>native grouping, first group 1–3 digits then groups of exactly 3: an integer;
 *   <li>one native decimal mark not followed by exactly 3 digits: a decimal ({@code 5,3});
 *   <li>one native decimal mark followed by exactly 3 digits ({@code 10,000} in Indonesian): a
 *       decimal before a scale word, percent or money; a foreign thousands grouping before a count
 *       unit; otherwise ambiguous and not read;
 *   <li>one native grouping mark followed by 1–2 (or 4+) digits ({@code 2.5} in Indonesian): a
 *       foreign decimal before a scale word, percent or money; otherwise not read (it may be a time
 *       such as {@code 10.30});
 *   <li>several foreign grouping marks of 3 digits ({@code 10,000,000} in Indonesian): an integer;
 *   <li>grouping then one decimal mark at the end, in either convention ({@code 1.234,5}): a
 *       decimal; anything else ({@code 1.000,000.5}, {@code 1.00.000}) is malformed and not read;
 *   <li>more than {@value #MAX_DIGITS} digits: not read.
 * </ul>
 */
final class DigitReader {

  /** Longest digit run read as a number. */
  static final int MAX_DIGITS = 60;

  private DigitReader() {}

  /**
   * Returns the value, or null when the token is malformed, too long or ambiguous.
   *
   * @param s the token text: digits with inner {@code .} and {@code ,}
   * @param profile the language's profile: its group and decimal separators
   * @param decimalContext a scale word, percent sign or money follows or precedes
   * @param unitNext a count unit follows
   */
  static BigDecimal read(
      String s, LanguageProfile profile, boolean decimalContext, boolean unitNext) {
    char group = profile.groupSeparator();
    char dec = profile.decimalSeparator();
    List<String> groups = new ArrayList<>();
    StringBuilder seps = new StringBuilder();
    int digits = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',') {
        groups.add(s.substring(from, i));
        seps.append(c);
        from = i + 1;
      } else {
        digits++;
      }
    }
    if (digits > MAX_DIGITS || digits == 0) {
      return null;
    }
    groups.add(s.substring(from));
    if (seps.length() == 0) {
      return new BigDecimal(s);
    }
    String last = groups.get(groups.size() - 1);
    int nseps = seps.length();
    if (allOf(seps, group)) {
      if (wellGrouped(groups, groups.size())) {
        return new BigDecimal(String.join("", groups));
      }
      if (nseps == 1 && last.length() != 3 && decimalContext) {
        return decimal(groups.get(0), last);
      }
      return null;
    }
    if (allOf(seps, dec)) {
      if (nseps == 1) {
        if (last.length() != 3 || decimalContext) {
          return decimal(groups.get(0), last);
        }
        if (unitNext && groups.get(0).length() <= 3) {
          return new BigDecimal(groups.get(0) + last);
        }
        return null;
      }
      if (wellGrouped(groups, groups.size())) {
        return new BigDecimal(String.join("", groups));
      }
      return null;
    }
    // Mixed marks: groups of one kind then a single decimal mark of the other kind at the end.
    char lastSep = seps.charAt(nseps - 1);
    char firstSep = seps.charAt(0);
    if (lastSep != firstSep && allOf(seps.subSequence(0, nseps - 1), firstSep)
        && wellGrouped(groups, groups.size() - 1)) {
      return decimal(String.join("", groups.subList(0, groups.size() - 1)), last);
    }
    return null;
  }

  private static BigDecimal decimal(String intPart, String frac) {
    return new BigDecimal(intPart + "." + frac);
  }

  private static boolean allOf(CharSequence seps, char c) {
    for (int i = 0; i < seps.length(); i++) {
      if (seps.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  /** First group 1–3 digits, then groups of exactly 3, over the first {@code count} groups. */
  private static boolean wellGrouped(List<String> groups, int count) {
    if (count < 1 || groups.get(0).isEmpty() || groups.get(0).length() > 3) {
      return false;
    }
    for (int i = 1; i < count; i++) {
      if (groups.get(i).length() != 3) {
        return false;
      }
    }
    return true;
  }
}
