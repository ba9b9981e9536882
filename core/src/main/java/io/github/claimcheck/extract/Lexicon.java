package io.github.claimcheck.extract;

import io.github.claimcheck.internal.lang.SharedData;

import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.internal.text.Resources.Line;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * The language knowledge the extractor reads: the built-in resource files under {@code
 * io/github/claimcheck/lang/} (see each file's header for its format), plus what a {@link
 * LanguagePack} adds. Built-in lexicons are loaded once per language and shared; an {@link
 * Extractor} with a pack builds its merged lexicons once, when it is created.
 */
final class Lexicon {

  /**
   * A predicate a word can express, where the counted figure stands, and the subject kinds this
   * word may count (empty: any kind the predicate counts).
   */
  record PredicateForm(String predicate, Position position, Set<String> kinds) {
    PredicateForm(String predicate, Position position) {
      this(predicate, position, Set.of());
    }

    /**
     * Whether this word may count the kind (before the predicate's own kinds are checked). A word
     * restricted to some kinds needs the figure's to be known: "terdapat sekitar 500 WNI" (an
     * unknown noun) deploys nobody.
     */
    boolean allows(String kind) {
      return kinds.isEmpty() || (kind != null && kinds.contains(kind));
    }
  }

  /** A word naming a part of the counted whole: a status, a category, or a place's admin unit. */
  record ScopeWord(Scope.Kind kind, String key, boolean afterName) {
    /** Whether this is an administrative word written before the place's name ("Kabupaten Agam"). */
    boolean placeBefore() {
      return kind == Scope.Kind.PLACE && !afterName;
    }

    /** Whether this is an administrative word written after the place's name ("Hatay province"). */
    boolean placeAfter() {
      return kind == Scope.Kind.PLACE && afterName;
    }
  }

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
    /** An addition only before a predicate word ("yang baru dikerahkan", "newly deployed"). */
    NEWLY,
    ANAPHOR,
    TRAP,
    NEGATION,
    /** The sentence cites an earlier figure ("sebelumnya", "semula", "previously"). */
    EARLIER,
    /**
     * The present after an earlier figure ("semula 127, kini 129"): an {@link #EARLIER} cue
     * before it no longer applies to the figures that follow.
     */
    CURRENT,
    /** Before a figure: the figure names something ("nomor 610", "Flight 610"), it counts nothing. */
    IDENTIFIER,
    /** A person is named: a figure of one is an anecdote, not a count ("atas nama", "named"). */
    ANECDOTE,
    /** Right before a figure: one person's own kin ("his five missing relatives"), an anecdote. */
    OWN,
    /** The sentence lists the parts of a whole ("terdiri atas", "rinciannya", "consisting of"). */
    BREAKDOWN,
    /** The figure adds to a running count by a find or an arrival ("ditemukannya", "another"). */
    INCREMENT,
    /**
     * A verb of finding right before a figure ("menemukan", "recovered"): with a day or an hour
     * the figure holds for, it counts that day's finds, an increment of the toll.
     */
    FIND,
    /** A running count so far ("sejauh ini", "so far"): a find it names is no day's find. */
    SO_FAR,
    /**
     * After a figure, a clause that brings a running total to a new figure ("bringing the death
     * toll to 17", "membuat jumlah korban tewas menjadi 17"): the figure before it adds to it.
     */
    TOTAL_AFTER,
    /** The sentence presents its count as a revision ("direvisi", "revised", "lowered"). */
    REVISION,
    /** Introduces the place a figure belongs to ("di", "dari", "berasal dari", "in"). */
    PLACE,
    /** May stand between a place and its figure without changing it ("sebanyak", "total"). */
    FILLER,
    /**
     * Opens a relative clause about the place named right before it ("Muzaffarabad, where 11,000
     * died", "Desa X, di mana 12 rumah rusak"): the clause's figure counts that place's part.
     */
    PLACE_RELATIVE,
    /** Opens a relative clause ("yang"): "warga yang mengungsi mencapai 20 ribu". */
    RELATIVE,
    /**
     * Before a verb, marks it as the clause's main verb ("people reported missing were found
     * safe"): preferred over a participle that only describes the counted noun.
     */
    AUXILIARY,
    /** Ends a list item: what follows belongs to the next item ("dan", "kemudian", "then"). */
    BOUNDARY,
    /** Right before a figure: the value before a change ("down from 115", "dari sebelumnya 14"). */
    PREVIOUS,
    /** A place that refers back to the one named before ("di daerah ini", "there"). */
    HERE,
    /** Right after a date: the dated event caused what follows ("pada Sabtu menyebabkan"). */
    CAUSES,
    /** Opening a sentence: its figures count part of a group named before ("Dari yang meninggal"). */
    SUBSET_OF,
    /**
     * After a figure's noun and predicate, not before another figure: the figure is part of a
     * group named before ("dua korban meninggal di antaranya", "two were killed among them").
     */
    SUBSET_AFTER,
    /**
     * Right before a figure after another count of the sentence: the figure is part of that count
     * ("3.840 meninggal, termasuk 3.190 yang sudah dimakamkan", "including 3,190 who").
     */
    SUBSET_BEFORE,
    /** Next to a figure: it counts each of several ("masing-masing 3 orang", "3 each"). */
    DISTRIBUTIVE,
    /** After a figure's noun and predicate: others besides those counted ("satu korban tewas lainnya"). */
    OTHERS_AFTER,
    /** Right before a speech verb, makes it passive: no speaker before it ("have been reported"). */
    PASSIVE,
    /** A phrase that holds a cue word but is none ("tahun sebelumnya": the year before). */
    NONE,
    /** The time the sentence before named ("kala itu", "at the time"). */
    THEN,
    /**
     * Opens a clause that names what the figures after it are not ("Selain korban jiwa, ratusan
     * warga ...", "Besides the dead, ..."): its predicate is not theirs.
     */
    BESIDES,
    /**
     * Refers back to the counts of the sentence before as data ("Data itu", "the figures"): an
     * as-of date the sentence gives says when they hold.
     */
    DATA_ANAPHOR
  }

  /** The word classes of {@code lang/<code>/words.tsv}: small closed lists the rules read. */
  enum WordClass {
    TREATY, TITLE, ONE, DATE_FILLER, JOINER, CONJ, ASIDE, OF, FROM, SINCE, STOP, NOT_SOURCE,
    PRONOUN, CLAUSE_CONJ, AND, OTHER_STATE, SOURCE_NOUN, PART_OF, LIST_INTRO, SUBORDINATOR,
    BACK_REFERENCE, AGE, INFINITIVE, KIN, POSSESSIVE, EXISTENTIAL, GROUP_OPENER, ARTICLE, EXAMPLES,
    SITE, ALTERNATIVE, NOT_PLACE, SEQUENCE, ANIMAL, COPULA, NEGATOR, MODAL, BESIDES
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

  // --- entries of the extensible files, with where each came from (for error messages)

  /** A line of {@code lang/<code>/predicates.tsv}. */
  record FormEntry(
      Language language, String predicate, String form, Position position, Set<String> kinds,
      String origin) {
    FormEntry(Language language, String predicate, String form, Position position, String origin) {
      this(language, predicate, form, position, Set.of(), origin);
    }
  }

  /** A line of {@code lang/<code>/subjects.tsv}. */
  record NounEntry(Language language, String noun, Noun value, String origin) {}

  /** A line of {@code lang/actors.tsv}. */
  record ActorEntry(String alias, String key, String origin) {}

  /** A line of {@code lang/predicates-subjects.tsv}. */
  record KindsEntry(String predicate, Set<String> kinds, String origin) {}

  /** A non-blank, non-comment line and its number in the file (from 1; 0 for a builder call). */

  private static final Map<LanguageProfile, Lexicon> CACHE = new ConcurrentHashMap<>();
  private static final Map<LanguageProfile, List<FormEntry>> FORMS = new ConcurrentHashMap<>();
  private static final Map<LanguageProfile, List<NounEntry>> NOUNS = new ConcurrentHashMap<>();

  /** Numbers the words of every phrase table below, so a token is looked up once for all. */
  private final Vocabulary vocabulary = new Vocabulary();
  final PhraseTable<List<PredicateForm>> predicates = new PhraseTable<>(vocabulary);
  final PhraseTable<Noun> nouns = new PhraseTable<>(vocabulary);
  final PhraseTable<String> actors = new PhraseTable<>(vocabulary);
  final PhraseTable<List<AttributionCue>> attribution = new PhraseTable<>(vocabulary);
  final PhraseTable<String> events = new PhraseTable<>(vocabulary);
  final PhraseTable<Cue> cues = new PhraseTable<>(vocabulary);
  final PhraseTable<String> contexts = new PhraseTable<>(vocabulary);
  final Map<String, Set<String>> kindsOfPredicate = new HashMap<>();
  /** Status, category and place words ({@code lang/<code>/scopes.tsv}). */
  final PhraseTable<ScopeWord> scopes = new PhraseTable<>(vocabulary);

  /** The word numbers of the phrase tables above. */
  Vocabulary vocabulary() {
    return vocabulary;
  }
  /**
   * Predicates that only say where what they count was moved ({@code lang/predicate-roles.tsv}):
   * a counted noun that names a count of its own ("mengevakuasi 12 jenazah": the dead) says what
   * the figure counts.
   */
  final Set<String> moverPredicates = new HashSet<>();
  /** Predicates whose clause's subject sent what they count ({@code lang/predicate-roles.tsv}). */
  final Set<String> senderPredicates = new HashSet<>();
  /** The predicate a status key implies ({@code lang/status-predicates.tsv}). */
  final Map<String, String> statusPredicates = new HashMap<>();
  /** The way each category key divides the counted people ({@code lang/category-dimensions.tsv}). */
  final Map<String, String> categoryDimensions = new HashMap<>();
  /** Predicates reported as {@code other}, with the subject kind they count ({@code lang/measures.tsv}). */
  final Map<String, String> measurePredicates = new HashMap<>();
  /** Subject kinds whose figures count themselves when no predicate applies ({@code lang/measures.tsv}). */
  final Map<String, String> measureNouns = new HashMap<>();
  /** A predicate a generic noun alone gives, and the one it yields to after a count of that. */
  final Map<String, String> weakPredicates = new HashMap<>();
  /** Two predicates named together ("tewas dan hilang") and the combined count they make. */
  final Map<String, String> combinations = new HashMap<>();
  /** The word classes of {@code words.tsv}, lower case. */
  private final Map<WordClass, Set<String>> words = new java.util.EnumMap<>(WordClass.class);

  /**
   * By word number of {@link #vocabulary}, the word classes the word is in (bit {@code 1L <<
   * ordinal}): a sentence's token is numbered once, so asking whether it is in a class reads an
   * array instead of hashing its word again ({@link #is(WordClass, List, int)}).
   */
  private long[] classesById = new long[0];
  /** The bit of {@link #classesById} that marks a function word, after the word classes'. */
  private static final int FUNCTION_BIT = WordClass.values().length;

  /** Whether the lower-case word is in the class ({@code words.tsv}). */
  boolean is(WordClass c, String word) {
    Set<String> set = words.get(c);
    return set != null && set.contains(word);
  }

  /** The words of the class ({@code words.tsv}), lower case; empty when it has none. */
  Set<String> words(WordClass c) {
    return words.getOrDefault(c, Set.of());
  }

  /** Whether token {@code i}'s lower-cased word is in the class: {@code is(c, tokens.get(i).lower())}. */
  boolean is(WordClass c, List<Token> tokens, int i) {
    if (!(tokens instanceof TokenList list)) {
      return is(c, tokens.get(i).lower());
    }
    return hasBit(list, i, c.ordinal());
  }

  /** Whether token {@code i}'s lower-cased word is a function word: {@code functionWords.contains}. */
  boolean isFunctionWord(List<Token> tokens, int i) {
    if (!(tokens instanceof TokenList list)) {
      return functionWords.contains(tokens.get(i).lower());
    }
    return hasBit(list, i, FUNCTION_BIT);
  }

  private boolean hasBit(TokenList list, int i, int bit) {
    int id = list.lowerIdAt(vocabulary, i);
    return id >= 0 && id < classesById.length && (classesById[id] & (1L << bit)) != 0;
  }

  /** Puts the word in class bit {@code bit} of {@link #classesById}, numbering it if new. */
  private void markClass(String word, int bit) {
    int id = vocabulary.id(word);
    if (id >= classesById.length) {
      classesById = Arrays.copyOf(classesById, Math.max(id + 1, classesById.length * 2));
    }
    classesById[id] |= 1L << bit;
  }

  /**
   * Whether an event key of {@code contexts.tsv} names an event: not "*" (the article's event,
   * "the disaster") nor "-" (an event word inside a phrase naming none, "fire department").
   */
  static boolean namesEvent(String key) {
    return !key.equals("*") && !key.equals("-");
  }

  /** Whether a cue phrase of the kind starts at token {@code i} (false outside the tokens). */
  boolean cueAt(List<Token> tokens, int i, Cue cue) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    PhraseTable.Match<Cue> m = cues.matchAt(tokens, i);
    return m != null && m.value() == cue;
  }

  /** The counting nouns, lower case, as written in the files. */
  Set<String> nounWords = Set.of();
  /** Words that may follow a figure without naming what it counts ("yang", "were", "lainnya"). */
  Set<String> functionWords = Set.of();
  /** Endings of verbs and adverbs ({@code not_adjective_suffix} in units.tsv: "ed", "ly"). */
  private List<String> verbEndings = List.of();
  /** The kind of a units.tsv line that gives such an ending. */
  private static final String NOT_ADJECTIVE_SUFFIX = "not_adjective_suffix";

  /**
   * Whether a lower-case word has an ending of verbs or adverbs and is longer than the ending by
   * more than two letters ("shortly", "injured"): no noun a figure counts.
   */
  boolean hasVerbEnding(String lower) {
    for (String e : verbEndings) {
      if (lower.length() > e.length() + 2 && lower.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** The language's profile: its settings and where its files are. */
  LanguageProfile profile;

  private Lexicon() {}

  /** The entries of the files shared by every language, parsed once. */
  private static final class Shared {
    static final List<KindsEntry> KINDS = List.copyOf(parseKinds(
        resourceLines("lang/predicates-subjects.tsv"), "built-in lang/predicates-subjects.tsv"));
  }

  /** Returns the lexicon of a language's profile, loaded on first use and shared. */
  static Lexicon builtIn(Language language) {
    return CACHE.computeIfAbsent(LanguageProfile.of(language), p -> build(p.language(), LanguagePack.empty()));
  }

  /** Returns the predicate forms of a language's profile ({@code predicates.tsv}), parsed once. */
  static List<FormEntry> builtInForms(Language language) {
    LanguageProfile p = LanguageProfile.of(language);
    return FORMS.computeIfAbsent(p, k -> List.copyOf(parsePredicates(language, numbered(p, "predicates.tsv"),
        p.fileName("predicates.tsv"))));
  }

  /** Returns the counting nouns of a language's profile ({@code subjects.tsv}), parsed once. */
  static List<NounEntry> builtInNouns(Language language) {
    LanguageProfile p = LanguageProfile.of(language);
    return NOUNS.computeIfAbsent(p, k -> List.copyOf(parseSubjects(language, numbered(p, "subjects.tsv"),
        p.fileName("subjects.tsv"))));
  }

  /** The actor aliases of the shared {@code lang/actors.tsv} and every known language's. */
  private record Actors(List<ActorEntry> entries) {
    static Actors parse(List<LanguageProfile.DataLine> lines) {
      List<ActorEntry> out = new ArrayList<>();
      for (LanguageProfile.DataLine l : lines) {
        out.addAll(parseActors(List.of(new Line(l.number(), l.text())), l.file()));
      }
      return new Actors(List.copyOf(out));
    }
  }

  /** Returns the built-in actor aliases ({@code lang/actors.tsv}, with each known language's). */
  static List<ActorEntry> builtInActors() {
    return SharedData.parsed("actors.tsv", Actors.class, Actors::parse).entries();
  }

  private static List<Line> numbered(LanguageProfile p, String file) {
    List<Line> out = new ArrayList<>();
    for (LanguageProfile.DataLine l : p.lines(file)) {
      out.add(new Line(l.number(), l.text()));
    }
    return out;
  }

  private static List<String> texts(LanguageProfile p, String file) {
    List<String> out = new ArrayList<>();
    for (LanguageProfile.DataLine l : p.lines(file)) {
      out.add(l.text());
    }
    return out;
  }

  /** Builds the lexicon of a language: its profile's entries, then the pack's. */
  static Lexicon build(Language language, LanguagePack pack) {
    LanguageProfile profile = LanguageProfile.of(language);
    String dir = profile.fileName("");
    Lexicon lx = new Lexicon();
    lx.profile = profile;
    Map<String, List<PredicateForm>> forms = new LinkedHashMap<>();
    for (FormEntry e : builtInForms(language)) {
      forms.computeIfAbsent(e.form(), k -> new ArrayList<>())
          .add(new PredicateForm(e.predicate(), e.position(), e.kinds()));
    }
    // A form the pack lists too is read the pack's way first: on a tie its reading wins.
    Map<String, Integer> packFirst = new HashMap<>();
    for (FormEntry e : pack.forms(language)) {
      int at = packFirst.merge(e.form(), 1, Integer::sum) - 1;
      forms.computeIfAbsent(e.form(), k -> new ArrayList<>())
          .add(at, new PredicateForm(e.predicate(), e.position(), e.kinds()));
    }
    forms.forEach((form, list) -> lx.predicates.add(form, List.copyOf(list)));
    for (KindsEntry e : Shared.KINDS) {
      lx.kindsOfPredicate.put(e.predicate(), e.kinds());
    }
    for (KindsEntry e : pack.kinds()) {
      // A pack widens a built-in predicate's kinds rather than replacing them.
      Set<String> kinds = new LinkedHashSet<>(lx.kindsOfPredicate.getOrDefault(e.predicate(), Set.of()));
      kinds.addAll(e.kinds());
      lx.kindsOfPredicate.put(e.predicate(), Set.copyOf(kinds));
    }
    List<NounEntry> nouns = new ArrayList<>(builtInNouns(language));
    nouns.addAll(pack.nouns(language));
    Set<String> nounWords = new java.util.HashSet<>();
    for (NounEntry e : nouns) {
      lx.nouns.add(e.noun(), e.value());
      nounWords.add(Phrase.key(e.noun()).toLowerCase(Locale.ROOT));
    }
    lx.nounWords = Set.copyOf(nounWords);
    Set<String> function = new LinkedHashSet<>();
    texts(profile, "function-words.txt").forEach(w -> function.add(w.toLowerCase(Locale.ROOT)));
    lx.functionWords = Set.copyOf(function);
    function.forEach(w -> lx.markClass(w, FUNCTION_BIT));
    List<String> verbEndings = new ArrayList<>();
    for (String line : texts(profile, "units.tsv")) {
      String[] c = Resources.cells(line);
      if (c.length >= 2 && c[1].equals(NOT_ADJECTIVE_SUFFIX)) {
        verbEndings.add(c[0].toLowerCase(Locale.ROOT));
      }
    }
    lx.verbEndings = List.copyOf(verbEndings);
    List<ActorEntry> actors = new ArrayList<>(builtInActors());
    actors.addAll(pack.actors());
    for (ActorEntry e : actors) {
      lx.actors.add(e.alias(), e.key());
    }
    Map<String, List<AttributionCue>> attr = new HashMap<>();
    for (String line : texts(profile, "attribution.tsv")) {
      String[] c = cells(line, 2, dir + "attribution.tsv");
      attr.computeIfAbsent(c[1], k -> new ArrayList<>())
          .add(AttributionCue.valueOf(c[0].toUpperCase(Locale.ROOT)));
    }
    attr.forEach((cue, list) -> lx.attribution.add(cue, List.copyOf(list)));
    Map<WordClass, Set<String>> classes = new java.util.EnumMap<>(WordClass.class);
    for (String line : texts(profile, "words.tsv")) {
      String[] c = cells(line, 2, dir + "words.tsv");
      WordClass wc;
      try {
        wc = WordClass.valueOf(c[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(dir + "words.tsv: unknown word class '" + c[0] + "' in: " + line);
      }
      classes.computeIfAbsent(wc, k -> new LinkedHashSet<>()).add(c[1].toLowerCase(Locale.ROOT));
    }
    // Hash sets rather than Set.copyOf's: every token of a clause is looked up, and a hash set
    // compares hashes before words and finds its slot without a division.
    classes.forEach((k, v) -> lx.words.put(k, Collections.unmodifiableSet(new HashSet<>(v))));
    classes.forEach((k, v) -> v.forEach(w -> lx.markClass(w, k.ordinal())));
    for (String line : texts(profile, "events.tsv")) {
      String[] c = cells(line, 2, dir + "events.tsv");
      lx.events.add(c[1], c[0]);
    }
    // A phrase of two kinds would be matched as its first kind only: the second line would be
    // dead data, so it is an error in the file rather than a silent loss.
    Map<String, Cue> cueKinds = new HashMap<>();
    String cueFile = profile.fileName("cues.tsv");
    for (Line line : numbered(profile, "cues.tsv")) {
      String[] c = cells(line.text(), 2, cueFile);
      Cue kind;
      try {
        kind = Cue.valueOf(c[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw malformed(cueFile, line, "unknown cue kind '" + c[0] + "'");
      }
      Cue before = cueKinds.putIfAbsent(String.join(" ", Phrase.words(c[1])).toLowerCase(Locale.ROOT), kind);
      if (before != null && before != kind) {
        throw malformed(cueFile, line, "'" + c[1] + "' is already a cue of kind "
            + before.name().toLowerCase(Locale.ROOT) + "; a cue phrase has one kind, so this line would never count");
      }
      lx.cues.add(c[1], kind);
    }
    for (String line : Resources.lines("lang/contexts.tsv")) {
      String[] c = cells(line, 2, "lang/contexts.tsv");
      lx.contexts.add(c[0], c[1]);
    }
    for (String line : texts(profile, "contexts.tsv")) {
      // a language may name events in words of its own
      String[] c = cells(line, 2, dir + "contexts.tsv");
      lx.contexts.add(c[0], c[1]);
    }
    for (String line : texts(profile, "scopes.tsv")) {
      String[] c = Resources.cells(line);
      if (c.length < 3 || c.length > 4) {
        throw new IllegalStateException(dir + "scopes.tsv: expected 3 or 4 tab-separated columns in line: " + line);
      }
      lx.scopes.add(c[1], new ScopeWord(
          Scope.Kind.valueOf(c[0].toUpperCase(Locale.ROOT)), c[2], c.length == 4 && c[3].equals("after")));
    }
    for (String line : Resources.lines("lang/predicate-roles.tsv")) {
      String[] c = cells(line, 2, "lang/predicate-roles.tsv");
      if (!c[1].equals("sender") && !c[1].equals("mover")) {
        throw new IllegalStateException("lang/predicate-roles.tsv: unknown role in line: " + line);
      }
      if (Shared.KINDS.stream().noneMatch(k -> k.predicate().equals(c[0]))) {
        throw new IllegalStateException("lang/predicate-roles.tsv: '" + c[0]
            + "' is no predicate of lang/predicates-subjects.tsv, in line: " + line);
      }
      (c[1].equals("sender") ? lx.senderPredicates : lx.moverPredicates).add(c[0]);
    }
    for (String line : Resources.lines("lang/status-predicates.tsv")) {
      String[] c = cells(line, 2, "lang/status-predicates.tsv");
      if (Shared.KINDS.stream().noneMatch(k -> k.predicate().equals(c[1]))) {
        throw new IllegalStateException("lang/status-predicates.tsv: '" + c[1]
            + "' is no predicate of lang/predicates-subjects.tsv, in line: " + line);
      }
      lx.statusPredicates.put(c[0], c[1]);
    }
    for (String line : Resources.lines("lang/category-dimensions.tsv")) {
      String[] c = cells(line, 2, "lang/category-dimensions.tsv");
      lx.categoryDimensions.put(c[0], c[1]);
    }
    for (String line : Resources.lines("lang/measures.tsv")) {
      String[] c = cells(line, 3, "lang/measures.tsv");
      switch (c[0]) {
        case "predicate" -> lx.measurePredicates.put(c[1], c[2]);
        case "noun" -> lx.measureNouns.put(c[1], c[2]);
        case "weak" -> lx.weakPredicates.put(c[1], c[2]);
        case "combined" -> {
          String[] pair = c[1].split("\\+");
          lx.combinations.put(pair[0] + "+" + pair[1], c[2]);
          lx.combinations.put(pair[1] + "+" + pair[0], c[2]);
        }
        default -> throw new IllegalStateException("lang/measures.tsv: unknown type in line: " + line);
      }
    }
    lx.vocabulary.trie(); // built once here, before any thread reads a sentence
    return lx;
  }

  /** Whether a unit the number scanner read ("orang", "SR") is one of our counting nouns. */
  boolean isNoun(String unit) {
    // Split like the nouns themselves, so "kepala keluarga (KK)" is one noun on both sides.
    String key = unit.chars().allMatch(Character::isLetter) ? unit : Phrase.key(unit);
    return nounWords.contains(key.toLowerCase(Locale.ROOT));
  }

  /** Whether the predicate can count the subject kind. */
  boolean counts(String predicate, String kind) {
    Set<String> kinds = kindsOfPredicate.get(predicate);
    return kinds == null || kinds.contains("*") || kinds.contains(kind);
  }

  // --- parsing the extensible files; shared by the built-in files and a user's

  private static List<Line> resourceLines(String path) {
    return Resources.numberedLines(path);
  }

  /** Parses {@code predicate<TAB>form<TAB>position[<TAB>kind,kind,...]} lines. */
  static List<FormEntry> parsePredicates(Language language, List<Line> lines, String file) {
    List<FormEntry> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String[] c = columns(l, file, 3, 4, "predicate<TAB>form<TAB>position[<TAB>kind,kind,...]");
      String predicate = predicateName(c[0], l, file);
      Position position;
      try {
        position = Position.valueOf(c[2].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw malformed(file, l, "position must be after, before or both, not '" + c[2] + "'");
      }
      Set<String> kinds = c.length == 4 ? kindList(c[3], l, file) : Set.of();
      out.add(new FormEntry(language, predicate, phrase(c[1], l, file), position, kinds,
          at(file, l)));
    }
    return out;
  }

  /** Parses {@code noun<TAB>kind<TAB>unit[<TAB>generic]} lines. */
  static List<NounEntry> parseSubjects(Language language, List<Line> lines, String file) {
    List<NounEntry> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String[] c = columns(l, file, 3, 4, "noun<TAB>kind<TAB>unit[<TAB>generic]");
      if (c.length == 4 && !c[3].equals("generic")) {
        throw malformed(file, l, "the fourth column may only be 'generic', not '" + c[3] + "'");
      }
      out.add(new NounEntry(language, phrase(c[0], l, file),
          new Noun(key(c[1], "kind", l, file), key(c[2], "unit", l, file), c.length == 4),
          at(file, l)));
    }
    return out;
  }

  /** Parses {@code alias<TAB>key} lines. */
  static List<ActorEntry> parseActors(List<Line> lines, String file) {
    List<ActorEntry> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String[] c = columns(l, file, 2, 2, "alias<TAB>key");
      out.add(new ActorEntry(phrase(c[0], l, file), key(c[1], "actor key", l, file), at(file, l)));
    }
    return out;
  }

  /** Parses {@code predicate<TAB>kind,kind,...} lines. */
  static List<KindsEntry> parseKinds(List<Line> lines, String file) {
    List<KindsEntry> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String[] c = columns(l, file, 2, 2, "predicate<TAB>kind,kind,...");
      out.add(new KindsEntry(predicateName(c[0], l, file), kindList(c[1], l, file), at(file, l)));
    }
    return out;
  }

  private static Set<String> kindList(String cell, Line l, String file) {
    Set<String> kinds = new LinkedHashSet<>();
    for (String k : cell.split(",")) {
      String kind = key(k.strip(), "kind", l, file);
      if (!kinds.add(kind)) {
        throw malformed(file, l, "kind '" + kind + "' is listed twice");
      }
    }
    return Set.copyOf(kinds);
  }

  private static String[] columns(Line l, String file, int min, int max, String format) {
    String[] c = l.text().split("\t");
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].strip();
    }
    if (c.length < min || c.length > max) {
      throw malformed(file, l, "expected " + format + " (tab-separated), found " + c.length
          + (c.length == 1 ? " column" : " columns")
          + (c.length == 1 && l.text().contains(" ") ? " (spaces instead of tabs?)" : ""));
    }
    if (Arrays.stream(c).anyMatch(String::isEmpty)) {
      throw malformed(file, l, "empty column; expected " + format);
    }
    return c;
  }

  /** Predicate names are identifiers: lower-case letters, digits, '_' and '-'. */
  static String predicateName(String s, Line l, String file) {
    if (!s.matches("[a-z][a-z0-9_-]*")) {
      throw malformed(file, l, "predicate '" + s
          + "' must be lower-case letters, digits, '_' or '-', starting with a letter");
    }
    return s;
  }

  private static String key(String s, String what, Line l, String file) {
    if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
      throw malformed(file, l, what + " '" + s + "' must be one word without spaces");
    }
    return s;
  }

  private static String phrase(String s, Line l, String file) {
    String problem = Phrase.problem(s);
    if (problem != null) {
      throw malformed(file, l, problem);
    }
    return s.replaceAll("\\s+", " ");
  }

  /** Where a line came from: {@code file:line}, or the builder call (line 0) as it is. */
  static String at(String file, Line l) {
    return l.number() == 0 ? file : file + ":" + l.number();
  }

  static IllegalArgumentException malformed(String file, Line l, String problem) {
    return new IllegalArgumentException(at(file, l) + ": " + problem + ": \"" + l.text() + "\"");
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
