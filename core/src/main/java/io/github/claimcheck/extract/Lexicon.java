package io.github.claimcheck.extract;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language knowledge the extractor reads, loaded once per language from the resource files
 * under {@code io/github/claimcheck/lang/} (see each file's header for its format).
 */
final class Lexicon {

  /** A predicate a word can express, and where the counted figure stands. */
  record PredicateForm(String predicate, Position position) {}

  enum Position {
    AFTER,
    BEFORE,
    BOTH;

    boolean allowsFigureBefore() {
      return this != BEFORE;
    }

    boolean allowsFigureAfter() {
      return this != AFTER;
    }
  }

  /** A counting noun; a generic one ("orang") names no group of its own. */
  record Noun(String kind, String unit, boolean generic) {}

  enum Cue {
    PLANNED,
    ADDITION,
    ANAPHOR,
    TRAP,
    NEGATION
  }

  enum AttributionCue {
    BEFORE,
    BASIS,
    PRONOUN,
    AFTER,
    VERB,
    CHAIN,
    UNNAMED,
    STRIP
  }

  private static final Map<Language, Lexicon> CACHE = new EnumMap<>(Language.class);

  final PhraseTable<List<PredicateForm>> predicates = new PhraseTable<>();
  final PhraseTable<Noun> nouns = new PhraseTable<>();
  final PhraseTable<String> actors = new PhraseTable<>();
  final PhraseTable<List<AttributionCue>> attribution = new PhraseTable<>();
  final PhraseTable<String> events = new PhraseTable<>();
  final PhraseTable<Cue> cues = new PhraseTable<>();
  final PhraseTable<String> contexts = new PhraseTable<>();
  final Map<String, Set<String>> kindsOfPredicate = new HashMap<>();

  private Lexicon() {}

  /** Returns the built-in lexicon of a language, loaded on first use and shared. */
  static synchronized Lexicon of(Language language) {
    return CACHE.computeIfAbsent(language, Lexicon::load);
  }

  private static Lexicon load(Language language) {
    String dir = "lang/" + language.code() + "/";
    Lexicon lx = new Lexicon();
    Map<String, List<PredicateForm>> forms = new HashMap<>();
    for (String line : Resources.lines(dir + "predicates.tsv")) {
      String[] c = cells(line, 3, dir + "predicates.tsv");
      forms.computeIfAbsent(c[1], k -> new ArrayList<>())
          .add(new PredicateForm(c[0], Position.valueOf(c[2].toUpperCase(java.util.Locale.ROOT))));
    }
    forms.forEach((form, list) -> lx.predicates.add(form, List.copyOf(list)));
    for (String line : Resources.lines("lang/predicates-subjects.tsv")) {
      String[] c = cells(line, 2, "lang/predicates-subjects.tsv");
      lx.kindsOfPredicate.put(c[0], Set.of(c[1].split(",")));
    }
    for (String line : Resources.lines(dir + "subjects.tsv")) {
      String[] c = Resources.cells(line);
      if (c.length < 3 || c.length > 4 || (c.length == 4 && !c[3].equals("generic"))) {
        throw new IllegalStateException(
            dir + "subjects.tsv: expected noun<TAB>kind<TAB>unit[<TAB>generic] in line: " + line);
      }
      lx.nouns.add(c[0], new Noun(c[1], c[2], c.length == 4));
    }
    for (String line : Resources.lines("lang/actors.tsv")) {
      String[] c = cells(line, 2, "lang/actors.tsv");
      lx.actors.add(c[0], c[1]);
    }
    Map<String, List<AttributionCue>> attr = new HashMap<>();
    for (String line : Resources.lines(dir + "attribution.tsv")) {
      String[] c = cells(line, 2, dir + "attribution.tsv");
      attr.computeIfAbsent(c[1], k -> new ArrayList<>())
          .add(AttributionCue.valueOf(c[0].toUpperCase(java.util.Locale.ROOT)));
    }
    attr.forEach((cue, kinds) -> lx.attribution.add(cue, List.copyOf(kinds)));
    for (String line : Resources.lines(dir + "events.tsv")) {
      String[] c = cells(line, 2, dir + "events.tsv");
      lx.events.add(c[1], c[0]);
    }
    for (String line : Resources.lines(dir + "cues.tsv")) {
      String[] c = cells(line, 2, dir + "cues.tsv");
      lx.cues.add(c[1], Cue.valueOf(c[0].toUpperCase(java.util.Locale.ROOT)));
    }
    for (String line : Resources.lines("lang/contexts.tsv")) {
      String[] c = cells(line, 2, "lang/contexts.tsv");
      lx.contexts.add(c[0], c[1]);
    }
    return lx;
  }

  /** Whether the predicate can count the subject kind. */
  boolean counts(String predicate, String kind) {
    Set<String> kinds = kindsOfPredicate.get(predicate);
    return kinds == null || kinds.contains("*") || kinds.contains(kind);
  }

  private static String[] cells(String line, int n, String file) {
    String[] c = Resources.cells(line);
    if (c.length != n) {
      throw new IllegalStateException(
          file + ": expected " + n + " tab-separated columns in line: " + line);
    }
    return c;
  }
}
