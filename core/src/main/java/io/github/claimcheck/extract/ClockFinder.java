package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the times of day in a sentence: clock times with a cue or a zone ({@code pukul 19.34
 * WIB}, {@code hingga pukul 17.00 WIB}, {@code 20.00 Wita}, {@code at 3 p.m.}, {@code 5:30 p.m.})
 * and parts of the day named with a day ({@code Kamis sore}, {@code Selasa malam (7/8)}, {@code
 * Sunday night}). A bare {@code 19.34} is no time: it may be a decimal.
 *
 * <p>The words are data: {@code io/github/claimcheck/lang/<code>/clock.tsv} (cues, zones with their
 * UTC offsets, a.m./p.m., parts of the day with the time each stands for). Immutable and
 * thread-safe; the vocabulary of a language is compiled once, on first use.
 */
final class ClockFinder {

  /**
   * A time of day found in a sentence.
   *
   * @param span where it is, relative to the sentence text
   * @param time the time, with its offset when a zone was named
   * @param text the words
   * @param partOfDay whether it is a part of the day ("sore") rather than a clock time
   */
  record Clock(Span span, ClockTime time, String text, boolean partOfDay) {}

  private static final Map<LanguageProfile, ClockFinder> FINDERS = new ConcurrentHashMap<>();
  /** Runs of white space, made one space in a form looked up (compiled once, not per time). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Pattern clock;
  /**
   * What every clock time {@link #clockAt} accepts contains: an hour with minutes ({@code 19.34},
   * {@code 5:30}) or with a.m./p.m. after it. Most sentences with figures have neither, and this
   * pattern is far cheaper to search for than {@link #clock}, which tries its cue words at every
   * char; when it is not found, neither is a clock time.
   */
  private final Pattern clockHint;
  private final Pattern partAfter;
  private final Pattern partBefore;
  /** The most letters a part of the day has ("tengah malam": 11), the spaces not counted. */
  private final int partLetters;
  private final Map<String, ZoneOffset> zones;
  private final Map<String, String> ampm;
  private final Map<String, LocalTime> parts;

  private ClockFinder(LanguageProfile profile) {
    List<String> pre = new ArrayList<>();
    Map<String, ZoneOffset> z = new HashMap<>();
    Map<String, String> ap = new HashMap<>();
    Map<String, LocalTime> pt = new HashMap<>();
    for (LanguageProfile.DataLine line : profile.lines("clock.tsv")) {
      String[] c = Resources.cells(line.text());
      if (c.length != 3) {
        throw new IllegalStateException(line.at() + ": expected 3 tab-separated columns: " + line.text());
      }
      for (String form : c[1].split("\\|")) {
        String f = form.strip().toLowerCase(Locale.ROOT);
        switch (c[0]) {
          case "pre" -> pre.add(f);
          case "zone" -> z.put(f, ZoneOffset.of(c[2]));
          case "ampm" -> ap.put(f, c[2]);
          case "part" -> pt.put(f, LocalTime.parse(c[2]));
          default -> throw new IllegalStateException(line.at() + ": unknown kind " + c[0]);
        }
      }
    }
    this.zones = Map.copyOf(z);
    this.ampm = Map.copyOf(ap);
    this.parts = Map.copyOf(pt);
    String zone = alternation(z.keySet());
    String half = alternation(ap.keySet());
    String part = alternation(pt.keySet());
    // cue? H[.:]MM zone? | H[:MM] a.m.
    String cue = pre.isEmpty() ? "(?!)" : alternation(pre);
    this.clock = Pattern.compile(
        "(?iu)(?:(?<![\\p{L}\\d])(?<cue>" + cue + ")\\s+)?"
            + "(?<![\\d.,:])(?<h>\\d{1,2})(?:[.:](?<m>\\d{2}))?(?![\\d]|[.,:]\\d)"
            + "(?:\\s*(?<zone>" + zone + ")(?![\\p{L}]))?"
            + "(?:\\s*(?<ampm>" + half + ")(?![\\p{L}]))?");
    // The clock pattern without its cue, kept only where minutes or a.m./p.m. follow the hour.
    String hour = "(?<![\\d.,:])\\d{1,2}";
    String minutes = "[.:]\\d{2}";
    String hourEnd = "(?![\\d]|[.,:]\\d)";
    this.clockHint = Pattern.compile("(?iu)" + hour + "(?:" + minutes + hourEnd
        + "|(?:" + minutes + ")?" + hourEnd + "(?:\\s*" + zone + "(?![\\p{L}]))?"
        + "\\s*" + half + "(?![\\p{L}]))");
    this.partAfter = Pattern.compile("(?iu)^[\\s,]*(?<part>" + part + ")(?![\\p{L}])");
    this.partBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?<part>" + part + ")\\s*$");
    this.partLetters = pt.keySet().stream().mapToInt(f -> f.replace(" ", "").length()).max().orElse(0);
  }

  /** Returns the finder of the language, compiling its vocabulary on first use. */
  static ClockFinder of(Language language) {
    return FINDERS.computeIfAbsent(LanguageProfile.of(language), ClockFinder::new);
  }

  /**
   * Returns the times of day of the sentence, in text order.
   *
   * @param sentence the sentence text
   * @param days the spans of the days named in it (relative to {@code sentence}): a part of the day
   *     counts only next to one of them ("Kamis sore", "Selasa malam (7/8)")
   */
  List<Clock> find(String sentence, List<Span> days) {
    List<Clock> out = new ArrayList<>();
    if (mayHoldClockTime(sentence)) {
      Matcher m = clock.matcher(sentence);
      while (m.find()) {
        Clock c = clockAt(m);
        if (c != null) {
          out.add(c);
        }
      }
    }
    for (Span d : days) {
      Matcher after = partAfter.matcher(sentence).region(d.end(), sentence.length());
      after.useAnchoringBounds(true);
      if (after.lookingAt()) {
        out.add(part(after, sentence));
        continue;
      }
      if (d.start() < sentence.length() && sentence.charAt(d.start()) == '(') {
        // Searched only where a part ending right before the bracket can start (the whole text
        // before it, once per day, made a long sentence quadratic); the look-behind sees past it.
        Matcher before = partBefore.matcher(sentence)
            .region(partStartBound(sentence, d.start()), d.start()).useTransparentBounds(true);
        if (before.find()) {
          out.add(part(before, sentence));
        }
      }
    }
    out.sort(Comparator.comparingInt(c -> c.span().start()));
    return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
  }

  /**
   * How far before {@code end} a part of the day followed by spaces up to {@code end} may start:
   * back over {@link #partLetters} chars that are no spaces, and over every space.
   */
  private int partStartBound(String sentence, int end) {
    int k = end;
    int letters = 0;
    while (k > 0 && (letters < partLetters || Character.isWhitespace(sentence.charAt(k - 1)))) {
      if (!Character.isWhitespace(sentence.charAt(k - 1))) {
        letters++;
      }
      k--;
    }
    return k;
  }

  /**
   * Whether {@link #clockHint} is found in the sentence. It can only start where a digit run
   * starts, so it is tried there alone (a regex search would try every char).
   */
  private boolean mayHoldClockTime(String sentence) {
    Matcher hint = null;
    int n = sentence.length();
    for (int i = 0; i < n; i++) {
      if (isDigit(sentence.charAt(i)) && (i == 0 || !isHourBoundary(sentence.charAt(i - 1)))
          && !(i + 2 < n && isDigit(sentence.charAt(i + 1)) && isDigit(sentence.charAt(i + 2)))) {
        // (an hour has one or two digits and no digit after them: a longer run holds none)
        if (hint == null) {
          // Transparent bounds: the hint's look-behind and look-aheads see past the region.
          hint = clockHint.matcher(sentence).useTransparentBounds(true);
        }
        if (hint.region(i, n).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A char that may not stand right before an hour: a digit, {@code .}, {@code ,} or {@code :}. */
  private static boolean isHourBoundary(char c) {
    return isDigit(c) || c == '.' || c == ',' || c == ':';
  }

  private Clock part(Matcher m, String sentence) {
    Span s = Span.of(m.start("part"), m.end("part"));
    String words = s.of(sentence);
    LocalTime t = parts.get(normal(words));
    return new Clock(s, ClockTime.of(t), words, true);
  }

  /** A clock time needs a cue, a zone or a.m./p.m.; its hour and minute must be a time. */
  private Clock clockAt(Matcher m) {
    String cue = m.group("cue");
    String zone = m.group("zone");
    String half = m.group("ampm");
    String mm = m.group("m");
    if (zone == null && half == null && (cue == null || mm == null)) {
      return null;
    }
    if (half == null && mm == null) {
      return null; // "pukul 7 WIB" is rare; "7 WIB" is more often a count
    }
    int h = Integer.parseInt(m.group("h"));
    int min = mm == null ? 0 : Integer.parseInt(mm);
    if (half != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + ("PM".equals(ampm.get(normal(half))) ? 12 : 0);
    }
    if (h == 24 && min == 0) {
      h = 0;
    }
    if (h > 23 || min > 59) {
      return null;
    }
    LocalTime t = LocalTime.of(h, min);
    ClockTime time = zone == null ? ClockTime.of(t) : ClockTime.of(t, zones.get(normal(zone)));
    int start = cue != null ? m.start("cue") : m.start("h");
    return new Clock(Span.of(start, m.end()), time, m.group().substring(start - m.start()), false);
  }

  private static String normal(String words) {
    return SPACES.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** A regex alternation of the forms, longest first, spaces matching any run of spaces. */
  private static String alternation(java.util.Collection<String> forms) {
    if (forms.isEmpty()) {
      return "(?!)";
    }
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      sb.append(i == 0 ? "" : "|");
      String[] words = sorted.get(i).split(" ");
      for (int k = 0; k < words.length; k++) {
        sb.append(k == 0 ? "" : "\\s+").append(Pattern.quote(words[k]));
      }
    }
    return sb.append(')').toString();
  }
}
