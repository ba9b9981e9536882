package io.github.claimcheck.parse;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The number, hedge and unit words of one language, read once from the tab-separated files under
 * {@code io/github/claimcheck/lang/<code>/} and kept as an immutable phrase trie over token keys.
 *
 * <p>File format (all files): {@code surface<TAB>kind[<TAB>value[<TAB>value2]]}; {@code #} starts a
 * comment line. The surface is tokenised like text, so {@code kira-kira}, {@code s.d.} and {@code
 * US$} are multi-token phrases; tokens written together in the file ({@code A$}, {@code km/h}) must
 * be written together in the text, tokens written apart match with any spacing. One surface may
 * appear on several lines with different kinds, and on several lines of one kind when all but one
 * carry the flag {@code exact} ({@code G} generation, {@code g} gram). A value column made only of
 * flag words ({@code glued,exact}) gives the entry's flags.
 */
final class Lexicon {

  static final String[] FILES = {"numbers.tsv", "hedges.tsv", "units.tsv"};

  /** Kinds whose surfaces are word endings, kept as lists rather than phrases. */
  private static final Kind[] SUFFIX_KINDS = {
    Kind.NOUN_SUFFIX, Kind.NOT_NOUN_SUFFIX, Kind.NOT_ADJECTIVE_SUFFIX
  };

  /** The flag words a value column may hold; see {@code lang/README.md}. */
  static final Set<String> FLAGS = Set.of("glued", "exact", "money", "always", "cap", "article", "scaled");

  private final Node root;
  private final Language language;
  private final Set<String> functionWords;
  private final List<String> nounSuffixes;
  private final List<String> notNounSuffixes;
  private final List<String> notAdjectiveSuffixes;
  private final Set<String> settings;
  private final Set<String> anchorKeys;

  /**
   * The kinds some number expression starts with: the scanner's dispatch reads an expression only
   * at a digit or an item of one of these kinds, or at an article before a scale or denominator
   * word ({@code a hundred}, {@code a third}), which these hold too.
   */
  private static final Set<Kind> ANCHOR_KINDS = Set.of(Kind.DIGIT, Kind.TEEN, Kind.TENS,
      Kind.HUNDRED, Kind.HUNDRED_ONE, Kind.SCALE, Kind.SCALE_ONE, Kind.DOZEN, Kind.DOZEN_ONE,
      Kind.HALF, Kind.DENOMINATOR, Kind.FRACTION_ONE, Kind.MULTIPLIER_WORD, Kind.ORDINAL,
      Kind.ORDINAL_KE, Kind.VAGUE, Kind.CLASSIFIER);

  /** A node of the phrase trie: the phrases going on with one more token. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    /** Continuations that must be glued to the token before (written together in the file). */
    Map<String, Node> glued;
    Map<Kind, Entry> entries;
    /** The kinds of {@link #entries} as bits, set when the lexicon is frozen. */
    long[] kinds;
  }

  // Each language's files are read on first use only, once.
  private static final Map<LanguageProfile, Lexicon> LOADED = new ConcurrentHashMap<>();

  private final LanguageProfile profile;
  /** The profile's decimal separator as a token's text: asked for by every number scan. */
  private final String decimalMark;

  private Lexicon(Node root, LanguageProfile profile, Set<String> functionWords,
      Map<Kind, List<String>> suffixes, Set<String> settings, Set<String> anchorKeys) {
    this.settings = settings;
    this.anchorKeys = anchorKeys;
    this.root = root;
    this.language = profile.language();
    this.profile = profile;
    this.decimalMark = String.valueOf(profile.decimalSeparator());
    this.functionWords = functionWords;
    this.nounSuffixes = suffixes.get(Kind.NOUN_SUFFIX);
    this.notNounSuffixes = suffixes.get(Kind.NOT_NOUN_SUFFIX);
    this.notAdjectiveSuffixes = suffixes.get(Kind.NOT_ADJECTIVE_SUFFIX);
  }

  /**
   * Returns the lexicon of the language's profile.
   *
   * @throws IllegalArgumentException if no profile is known for the language
   */
  static Lexicon of(Language language) {
    return LOADED.computeIfAbsent(LanguageProfile.of(language), Lexicon::load);
  }

  Language language() {
    return language;
  }

  /** Returns the typed settings of the language: separators, modifier position, month case. */
  LanguageProfile profile() {
    return profile;
  }

  /** Returns the language's decimal separator ({@code ,} in Indonesian, {@code .} in English). */
  String decimalMark() {
    return decimalMark;
  }

  /** Returns whether the language's files switch on the setting ({@code setting} lines). */
  boolean setting(String name) {
    return settings.contains(name);
  }

  /** Returns whether the lower-cased word is a function word of the language. */
  boolean isFunctionWord(String key) {
    return functionWords.contains(key);
  }

  /**
   * Returns whether an unknown lower-cased word has the ending of a plural noun of the language
   * ({@code noun_suffix} lines; English {@code s} but not {@code ss}); always false for a language
   * without such lines.
   */
  boolean hasNounSuffix(String key) {
    boolean noun = false;
    for (String s : nounSuffixes) {
      noun |= key.endsWith(s) && key.length() > s.length();
    }
    for (String s : notNounSuffixes) {
      noun &= !key.endsWith(s);
    }
    return noun;
  }

  /**
   * Returns whether a lower-cased word has an ending of verbs or adverbs ({@code not_adjective_suffix}
   * lines: English {@code ed}, {@code ing}, {@code ly}), so it is no adjective before a noun.
   */
  boolean hasVerbSuffix(String key) {
    for (String s : notAdjectiveSuffixes) {
      if (key.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the token keys without which a text holds no number expression but its digits (see
   * {@link Anchors}).
   */
  Set<String> anchorKeys() {
    return anchorKeys;
  }

  /** Returns the trie's first tokens: each key a phrase starts with, and the phrases from there. */
  Map<String, Node> firstWords() {
    return root.next;
  }

  private static Lexicon load(LanguageProfile profile) {
    return load(profile, profile::lines);
  }

  /**
   * Builds the lexicon of a language from its files as {@code reader} gives them by file name (the
   * profile's files, or test data).
   *
   * @throws IllegalStateException naming the file, line and problem of a bad line
   */
  static Lexicon load(LanguageProfile profile, Function<String, List<LanguageProfile.DataLine>> reader) {
    Node root = new Node();
    Map<Kind, List<String>> suffixes = new EnumMap<>(Kind.class);
    for (Kind k : SUFFIX_KINDS) {
      suffixes.put(k, new ArrayList<>());
    }
    Set<String> settings = new LinkedHashSet<>();
    Set<String> anchors = new LinkedHashSet<>();
    for (String file : FILES) {
      for (LanguageProfile.DataLine line : reader.apply(file)) {
        try {
          add(root, line.text(), suffixes, settings, anchors);
        } catch (RuntimeException e) {
          throw new IllegalStateException(line.at() + ": bad line '" + line.text() + "': "
              + e.getMessage(), e);
        }
      }
    }
    freeze(root);
    Set<String> function = new LinkedHashSet<>();
    for (LanguageProfile.DataLine line : reader.apply("function-words.txt")) {
      function.add(line.text().toLowerCase(Locale.ROOT));
    }
    suffixes.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(root, profile, Set.copyOf(function), suffixes, Set.copyOf(settings),
        Set.copyOf(anchors));
  }

  private static void add(Node root, String line, Map<Kind, List<String>> suffixes,
      Set<String> settings, Set<String> anchors) {
    String[] cols = line.split("\t");
    if (cols.length < 2) {
      throw new IllegalArgumentException("need at least surface and kind");
    }
    Kind kind = Kind.fromFileName(cols[1]);
    String surface = cols[0].trim();
    if (kind == Kind.SETTING) {
      settings.add(surface);
      return;
    }
    if (suffixes.containsKey(kind)) {
      suffixes.get(kind).add(surface.toLowerCase(Locale.ROOT)); // word endings, not phrases
      return;
    }
    String v1 = cols.length > 2 ? cols[2].trim() : null;
    String v2 = cols.length > 3 ? cols[3].trim() : null;
    Set<String> flags = flags(v2);
    if (flags.isEmpty()) {
      flags = flags(v1);
      if (!flags.isEmpty()) {
        v1 = null;
      }
    } else {
      v2 = null;
    }
    List<Token> toks = TextTokens.of(surface).numberTokens();
    if (toks.isEmpty()) {
      throw new IllegalArgumentException("empty surface");
    }
    if (ANCHOR_KINDS.contains(kind)) {
      anchors.add(anchorOf(toks));
    }
    Node node = root;
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (k > 0 && t.glued) {
        if (node.glued == null) {
          node.glued = new HashMap<>();
        }
        node = node.glued.computeIfAbsent(t.key, x -> new Node());
      } else {
        node = node.next.computeIfAbsent(t.key, x -> new Node());
      }
    }
    if (node.entries == null) {
      node.entries = new EnumMap<>(Kind.class);
    }
    Entry old = node.entries.get(kind);
    String exact = flags.contains("exact") ? surface : null;
    if (old != null && exact == null && old.matchesAnySpelling()) {
      throw new IllegalArgumentException("'" + surface + "' is already a " + kind.name()
          .toLowerCase(Locale.ROOT) + "; mark one of the spellings 'exact'");
    }
    Entry e = new Entry(kind, number(v1), number(v2), v1 == null || v1.isEmpty() ? null : v1,
        flags, exact, old);
    node.entries.put(kind, e);
  }

  /**
   * The token of a phrase that a text holding it holds: its longest word, the last of equally
   * long ones ({@code hundred} of {@code a hundred}, {@code couple} of {@code a couple of}: a
   * short word is often a common one, and {@code of} made the number scanner read nearly every
   * English sentence), else its first token. Any word of the phrase would do: the phrase is
   * read only where all its words stand.
   */
  private static String anchorOf(List<Token> toks) {
    String anchor = null;
    for (Token t : toks) {
      if (t.type == Token.Type.WORD && (anchor == null || t.key.length() >= anchor.length())) {
        anchor = t.key;
      }
    }
    return anchor != null ? anchor : toks.get(0).key;
  }

  /** The flags of a value column made only of flag words, else an empty set. */
  private static Set<String> flags(String column) {
    if (column == null || column.isEmpty()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String f : column.split(",")) {
      if (!FLAGS.contains(f.trim())) {
        return Set.of();
      }
      out.add(f.trim());
    }
    return Set.copyOf(out);
  }

  private static BigDecimal number(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void freeze(Node n) {
    if (n.entries != null) {
      n.entries = Collections.unmodifiableMap(n.entries);
      n.kinds = Item.bits(n.entries);
    }
    for (Node c : n.next.values()) {
      freeze(c);
    }
    if (n.glued != null) {
      for (Node c : n.glued.values()) {
        freeze(c);
      }
    }
  }

  /**
   * Segments tokens into items, taking at each position the longest phrase the lexicon knows
   * (bounded by the longest phrase, so linear in the number of tokens). A token's first step
   * into the trie is its word's look-up ({@link Token#word}) when it has one, which must be that
   * of this lexicon's language.
   */
  List<Item> segment(List<Token> toks) {
    List<Item> items = new ArrayList<>(toks.size());
    int i = 0;
    int n = toks.size();
    while (i < n) {
      Node node = root;
      int best = -1;
      Map<Kind, Entry> bestEntries = null;
      long[] bestKinds = null;
      for (int j = i; j < n; j++) {
        Token t = toks.get(j);
        if (t.type == Token.Type.NUMBER) {
          break;
        }
        if (j == i && t.word != null) {
          node = t.word.number; // looked up once, for both scanners
        } else {
          Node step = j > i && t.glued && node.glued != null ? node.glued.get(t.key) : null;
          node = step != null ? step : node.next.get(t.key);
        }
        if (node == null) {
          break;
        }
        if (node.entries != null) {
          best = j;
          bestEntries = node.entries;
          bestKinds = node.kinds;
        }
      }
      int to = best >= 0 ? best + 1 : i + 1;
      items.add(new Item(i, to, toks.get(i).start, toks.get(to - 1).end, toks.get(i),
          key(toks, i, to), bestEntries, bestKinds));
      i = to;
    }
    return items;
  }

  private static String key(List<Token> toks, int from, int to) {
    if (to - from == 1) {
      return toks.get(from).key;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (k > from && !t.glued) {
        sb.append(' ');
      }
      sb.append(t.key);
    }
    return sb.toString();
  }
}
