package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.SubjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The built-in reconciliation data, read once: how figures behave over time ({@code
 * reconcile/counts.tsv}), which counts combine others ({@code reconcile/combined.tsv}) and the
 * words by which an article says a figure was revised ({@code lang/<code>/revisions.txt}).
 */
final class CountData {

  static final String COUNTS = "reconcile/counts.tsv";
  static final String COMBINED = "reconcile/combined.tsv";
  static final String EVENT_KINDS = "reconcile/event-kinds.tsv";

  /** Count kinds by key ({@code predicate} or {@code predicate:kind}), sorted. */
  static final Map<String, CountKind> KINDS;
  /** What a fall means, for {@code varies} keys that say. */
  static final Map<String, String> FALLS;
  /** The kind each kind of event is compared as ({@code reconcile/event-kinds.tsv}). */
  static final Map<String, String> EVENT_FAMILIES;
  /** Components (predicates) by combined key, in file order. */
  static final Map<String, List<String>> COMBINED_PARTS;
  /** Revision cues per language, as one whole-word pattern. */
  private static final Map<LanguageProfile, Optional<Pattern>> REVISIONS = new ConcurrentHashMap<>();

  /** The count kinds of a counts file, and what a fall means where it says. */
  record Counts(Map<String, CountKind> kinds, Map<String, String> falls) {}

  static {
    Counts counts = parseCounts(Resources.numberedLines(COUNTS), COUNTS);
    KINDS = counts.kinds();
    FALLS = counts.falls();
    COMBINED_PARTS = parseCombined(Resources.numberedLines(COMBINED), COMBINED);
    EVENT_FAMILIES = parseEventKinds(Resources.numberedLines(EVENT_KINDS), EVENT_KINDS);
  }

  /**
   * Parses {@code kind<TAB>family} lines.
   *
   * @throws ClaimCheckException naming file and line for a malformed line or a kind given twice
   */
  static Map<String, String> parseEventKinds(List<Resources.Line> lines, String file) {
    Map<String, String> families = new TreeMap<>();
    for (Resources.Line l : lines) {
      String[] c = Resources.cells(l.text());
      if (c.length != 2 || c[0].isBlank() || c[1].isBlank()) {
        throw bad(file, l, "expected kind<TAB>family");
      }
      if (families.put(c[0].strip(), c[1].strip()) != null) {
        throw bad(file, l, "kind '" + c[0] + "' given twice");
      }
    }
    return Map.copyOf(families);
  }

  /** The revision cues of a language's profile as one whole-word pattern; empty if it has none. */
  private static Optional<Pattern> revisions(LanguageProfile profile) {
    return REVISIONS.computeIfAbsent(profile, p -> {
      List<String> alternatives = new ArrayList<>();
      for (LanguageProfile.DataLine w : p.lines("revisions.txt")) {
        alternatives.add(Pattern.quote(w.text().toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
      }
      return alternatives.isEmpty() ? Optional.empty()
          : Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
              + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    });
  }

  private CountData() {}

  /**
   * Parses {@code predicate[:kind]<TAB>grows|varies|fixed[<TAB>what a fall means]} lines.
   *
   * @throws ClaimCheckException naming file and line for a malformed line or a key given twice
   */
  static Counts parseCounts(List<Resources.Line> lines, String file) {
    Map<String, CountKind> kinds = new TreeMap<>();
    Map<String, String> falls = new TreeMap<>();
    for (Resources.Line l : lines) {
      String[] c = Resources.cells(l.text());
      if (c.length < 2 || c.length > 3) {
        throw bad(file, l, "expected predicate[:kind]<TAB>grows|varies|fixed[<TAB>what a fall means]");
      }
      String key = key(c[0], file, l);
      CountKind kind;
      try {
        kind = CountKind.ofDataName(c[1]);
      } catch (IllegalArgumentException e) {
        throw bad(file, l, e.getMessage());
      }
      if (kinds.put(key, kind) != null) {
        throw bad(file, l, "'" + key + "' is listed twice");
      }
      if (c.length == 3) {
        falls.put(key, c[2]);
      }
    }
    return new Counts(Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(falls));
  }

  /**
   * Parses {@code predicate[:kind]<TAB>component predicates} lines.
   *
   * @throws ClaimCheckException naming file and line for a malformed line
   */
  static Map<String, List<String>> parseCombined(List<Resources.Line> lines, String file) {
    Map<String, List<String>> combined = new LinkedHashMap<>();
    for (Resources.Line l : lines) {
      String[] c = Resources.cells(l.text());
      if (c.length != 2 || c[1].isBlank()) {
        throw bad(file, l, "expected predicate[:kind]<TAB>component predicates separated by spaces");
      }
      List<String> parts = new ArrayList<>();
      for (String p : c[1].split("\\s+")) {
        parts.add(p.toLowerCase(Locale.ROOT));
      }
      if (combined.put(key(c[0], file, l), List.copyOf(parts)) != null) {
        throw bad(file, l, "'" + c[0] + "' is listed twice");
      }
    }
    return Collections.unmodifiableMap(combined);
  }

  /** Returns the value of {@code table} for the predicate and subject: predicate:kind, else predicate. */
  static <V> V lookup(Map<String, V> table, String predicate, SubjectKey subject) {
    V v = table.get(predicate + ":" + subject.kind());
    return v != null ? v : table.get(predicate);
  }

  /**
   * Returns the revision cue {@code text} holds, trying its language first, then the others (a
   * quote or a misdetected language may use another's words; the cues are distinctive).
   */
  static String revisionCue(String text, Language language) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<Language> order = new ArrayList<>(LanguageProfile.known());
    if (language != null && order.remove(language)) {
      order.add(0, language);
    }
    for (Language l : order) {
      Optional<Pattern> p = revisions(LanguageProfile.of(l));
      var m = p.isPresent() ? p.get().matcher(text) : null;
      if (m != null && m.find()) {
        return m.group();
      }
    }
    return null;
  }

  /** Checks a key {@code predicate} or {@code predicate:kind}. */
  static String key(String key, String file, Resources.Line l) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    if (!k.matches("[\\p{L}\\p{N}_]+(:[\\p{L}\\p{N}_]+)?")) {
      throw bad(file, l, "'" + key + "' is not a predicate or predicate:kind");
    }
    return k;
  }

  static Set<String> predicatesOf(Map<String, CountKind> kinds, boolean running) {
    Set<String> out = new java.util.TreeSet<>();
    kinds.forEach((k, v) -> {
      if (k.indexOf(':') < 0 && v.isRunning() == running) {
        out.add(k);
      }
    });
    return Collections.unmodifiableSet(out);
  }

  private static ClaimCheckException bad(String file, Resources.Line l, String problem) {
    return new ClaimCheckException("io/github/claimcheck/" + file + ", line " + l.number() + ": " + problem);
  }
}
