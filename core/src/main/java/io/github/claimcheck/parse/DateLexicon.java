package io.github.claimcheck.parse;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The date vocabulary of one language, read from {@code io/github/claimcheck/lang/<code>/dates.tsv}
 * (the format is described in the header of each file). Immutable once built.
 */
final class DateLexicon {

  /** What a vocabulary entry is; see the header of {@code dates.tsv}. */
  enum Kind {
    MONTH, WEEKDAY, RELDAY, UNIT, UNIT1, COUNT, REL, AGO, WEEKEND, SEASON, PART, YEARWORD,
    DAYWORD, PREP, ASOF, FUTURE, JOIN, REPORT, OCCUR, ORDINAL, OF
  }

  /** One surface form of an entry, split into normalised words. */
  static final class Entry {
    final Kind kind;
    final String value;
    final String[] words;
    final boolean abbr;
    final boolean cap;
    final boolean ambig;
    final boolean ctx;
    /** The value as an enum constant, once {@link #constant} has been asked for it. */
    private Enum<?> constant;

    Entry(Kind kind, String value, String[] words, String flags) {
      this.kind = kind;
      this.value = value;
      this.words = words;
      this.abbr = flags.contains("abbr");
      this.cap = flags.contains("cap");
      this.ambig = flags.contains("ambig");
      this.ctx = flags.contains("ctx");
    }

    int intValue() {
      return Integer.parseInt(value);
    }

    /**
     * The value as a constant of {@code type}, parsed on first use and kept (an entry's kind
     * gives it one type): the grammar asks for it at each match. Racing threads keep the same
     * constant.
     */
    <E extends Enum<E>> E constant(Class<E> type) {
      Enum<?> c = constant;
      if (c == null || c.getDeclaringClass() != type) {
        c = Enum.valueOf(type, value);
        constant = c;
      }
      return type.cast(c);
    }
  }

  /** An entry found at a token position; {@code end} is the token after it. */
  static final class Hit {
    final Entry entry;
    final int start;
    final int end;

    Hit(Entry entry, int start, int end) {
      this.entry = entry;
      this.start = start;
      this.end = end;
    }

    String value() {
      return entry.value;
    }
  }

  private static final Map<LanguageProfile, DateLexicon> LEXICONS = new ConcurrentHashMap<>();

  private final Map<Kind, List<Entry>> byKind = new EnumMap<>(Kind.class);
  /**
   * Entries by first and by last word, per kind, longest first: at() and endingAt() try only the
   * entries that can match, and a token's word is looked up once (and kept on the tokens) rather
   * than once per kind the grammar tries at it (hot in the date grammar).
   */
  private final Map<String, Word> byWord = new HashMap<>();

  /** The entries a word starts and ends, by kind ordinal (null: none of that kind). */
  static final class Word {
    @SuppressWarnings("unchecked")
    final List<Entry>[] first = new List[Kind.values().length];
    @SuppressWarnings("unchecked")
    final List<Entry>[] last = new List[Kind.values().length];
    /** Whether an entry of a kind some grammar rule starts with starts with the word. */
    boolean startsRule;
  }

  /**
   * The kinds a rule of the date grammar may start with at a word: the others (prepositions,
   * as-of, future, joining, reporting and event words, ordinal endings, "of") are only looked at around
   * a match, so a word starting only those starts no rule ("in", "on", "said", "pada").
   */
  private static final Set<Kind> RULE_START_KINDS = Set.of(Kind.RELDAY, Kind.DAYWORD, Kind.REL,
      Kind.WEEKDAY, Kind.MONTH, Kind.UNIT1, Kind.COUNT, Kind.WEEKEND, Kind.PART, Kind.UNIT,
      Kind.SEASON, Kind.YEARWORD);

  /**
   * The kinds every date expression holds an entry of, unless it holds a year or digits around a
   * {@code /}: each rule of the grammar reads one of these (a part, a count or a preposition only
   * with them), a year of four digits ({@code in 2024}, {@code 2024-06-19}) or a day and month
   * written with a slash ({@code (22/3)}); every other digit of a date stands next to a month,
   * weekday or unit word.
   */
  private static final Set<Kind> ANCHOR_KINDS = Set.of(Kind.RELDAY, Kind.WEEKDAY, Kind.MONTH,
      Kind.UNIT, Kind.UNIT1, Kind.WEEKEND, Kind.SEASON);

  private final List<String> anchorKeys;
  /** Whether a month may come before its day ("June 19"): the profile's date order. */
  private final boolean monthFirst;

  /** A word that starts and ends no entry. */
  static final Word NO_WORD = new Word();

  private DateLexicon(List<String> anchorKeys, boolean monthFirst) {
    this.anchorKeys = anchorKeys;
    this.monthFirst = monthFirst;
  }

  /** Returns the lexicon of the language, loading it on first use. */
  static DateLexicon of(Language language) {
    return LEXICONS.computeIfAbsent(LanguageProfile.of(language), DateLexicon::load);
  }

  private static DateLexicon load(LanguageProfile profile) {
    List<Entry> entries = new ArrayList<>();
    List<String> anchors = new ArrayList<>();
    for (LanguageProfile.DataLine line : profile.lines("dates.tsv")) {
      String[] cols = line.text().split("\t");
      if (cols.length < 3) {
        throw new IllegalStateException(line.at() + ": expected kind, value, forms");
      }
      Kind kind = Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT));
      String value = cols[1].trim();
      String flags = cols.length > 3 ? cols[3].trim().toLowerCase(Locale.ROOT) : "";
      for (String form : cols[2].split("\\|")) {
        if (form.isBlank()) {
          continue;
        }
        TextTokens t = TextTokens.of(form.trim()).dates();
        String[] words = new String[t.size];
        for (int k = 0; k < t.size; k++) {
          words[k] = t.norm[k];
        }
        if (words.length > 0) {
          entries.add(new Entry(kind, value, words, flags));
          if (ANCHOR_KINDS.contains(kind)) {
            anchors.add(anchorOf(t));
          }
        }
      }
    }
    anchors.add("/");
    DateLexicon lex = new DateLexicon(List.copyOf(anchors),
        profile.dateOrder() == LanguageProfile.DateOrder.MDY);
    entries.forEach(lex::add);
    Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> -e.words.length);
    lex.byKind.values().forEach(l -> l.sort(longestFirst));
    for (Kind k : Kind.values()) {
      Map<String, List<Entry>> first = new HashMap<>();
      Map<String, List<Entry>> last = new HashMap<>();
      for (Entry e : lex.byKind.getOrDefault(k, List.of())) {
        first.computeIfAbsent(e.words[0], w -> new ArrayList<>()).add(e);
        last.computeIfAbsent(e.words[e.words.length - 1], w -> new ArrayList<>()).add(e);
      }
      first.forEach((w, l) -> {
        Word word = lex.byWord.computeIfAbsent(w, x -> new Word());
        word.first[k.ordinal()] = l;
        word.startsRule |= RULE_START_KINDS.contains(k);
      });
      last.forEach((w, l) -> lex.byWord.computeIfAbsent(w, x -> new Word()).last[k.ordinal()] = l);
    }
    return lex;
  }

  /**
   * The word of a form that a text holding it holds: its longest word (the last of equals), else
   * its first token as written (digits or a symbol). A form matches only where all its words
   * stand, so any of them will do; the longest is the rarest in text as a rule ("hari ini" is
   * anchored by "hari", not by "ini", which most Indonesian sentences hold).
   */
  private static String anchorOf(TextTokens t) {
    String best = null;
    for (int k = 0; k < t.size; k++) {
      if (t.type[k] == TextTokens.WORD && (best == null || t.norm[k].length() >= best.length())) {
        best = t.norm[k];
      }
    }
    return best != null ? best : t.text.subSequence(t.start[0], t.end[0]).toString();
  }

  private void add(Entry e) {
    byKind.computeIfAbsent(e.kind, k -> new ArrayList<>()).add(e);
  }

  /**
   * Returns the token keys without which a text holds no date expression but its digits (see
   * {@link Anchors}).
   */
  List<String> anchorKeys() {
    return anchorKeys;
  }

  /** Whether a month may come before its day in the language ("June 19"). */
  boolean monthFirst() {
    return monthFirst;
  }

  /** Returns each word some entry starts or ends with, and those entries. */
  Map<String, Word> words() {
    return byWord;
  }

  /** Returns the longest entry of the kind whose words start at token {@code i}, or null. */
  Hit at(TextTokens t, int i, Kind kind) {
    if (i < 0 || i >= t.size || t.type[i] == TextTokens.NUM) {
      return null;
    }
    List<Entry> list = word(t, i).first[kind.ordinal()];
    if (list == null) {
      return null;
    }
    for (Entry e : list) {
      if (matches(t, i, e)) {
        return new Hit(e, i, i + e.words.length);
      }
    }
    return null;
  }

  /** Returns the longest entry of the kind whose words end just before token {@code j}, or null. */
  Hit endingAt(TextTokens t, int j, Kind kind) {
    if (j <= 0 || j > t.size) {
      return null;
    }
    List<Entry> list = word(t, j - 1).last[kind.ordinal()];
    if (list == null) {
      return null;
    }
    for (Entry e : list) {
      int s = j - e.words.length;
      if (s >= 0 && matches(t, s, e)) {
        return new Hit(e, s, j);
      }
    }
    return null;
  }

  /**
   * Whether an entry of a kind some rule starts with ({@link #RULE_START_KINDS}) starts at token
   * {@code i}'s word. Every rule of the date grammar that starts at a word starts with such an
   * entry there, so a word that starts none is skipped at once (most words of a text).
   */
  boolean startsRule(TextTokens t, int i) {
    return word(t, i).startsRule;
  }

  /**
   * The entries token {@code k}'s word starts and ends: its look-up in the language's words, which
   * must be this lexicon's language.
   */
  private static Word word(TextTokens t, int k) {
    return t.word(k).date;
  }

  private static boolean matches(TextTokens t, int i, Entry e) {
    if (i + e.words.length > t.size) {
      return false;
    }
    for (int k = 0; k < e.words.length; k++) {
      if (!e.words[k].equals(t.norm[i + k])) {
        return false;
      }
    }
    return !e.cap || t.cap[i];
  }
}
