package io.github.claimcheck.parse;

import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The number, hedge and unit words of one language, read once from the tab-separated files under
 * {@code io/github/claimcheck/lang/<code>/} and kept as an immutable phrase trie over token keys.
 *
 * <p>File format (all files): {@code surface<TAB>kind[<TAB>value[<TAB>value2]]}; {@code #} starts a
 * comment line. The surface is tokenised like text, so {@code kira-kira}, {@code s.d.} and {@code
 * US$} are multi-token phrases. One surface may appear on several lines with different kinds.
 */
final class Lexicon {

  static final String[] FILES = {"numbers.tsv", "hedges.tsv", "units.tsv"};

  private final Node root;
  private final Language language;

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    Map<Kind, Entry> entries;
  }

  // Each language's files are read on first use only, once.
  private static final Map<LanguageProfile, Lexicon> LOADED = new ConcurrentHashMap<>();

  private final LanguageProfile profile;

  private Lexicon(Node root, LanguageProfile profile) {
    this.root = root;
    this.language = profile.language();
    this.profile = profile;
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

  private static Lexicon load(LanguageProfile profile) {
    Node root = new Node();
    for (String file : FILES) {
      for (LanguageProfile.DataLine line : profile.lines(file)) {
        try {
          add(root, line.text());
        } catch (RuntimeException e) {
          throw new IllegalStateException(line.at() + ": bad line '" + line.text() + "'", e);
        }
      }
    }
    freeze(root);
    return new Lexicon(root, profile);
  }

  private static void add(Node root, String line) {
    String[] cols = line.split("\t");
    if (cols.length < 2) {
      throw new IllegalArgumentException("need at least surface and kind");
    }
    Kind kind = Kind.fromFileName(cols[1]);
    String v1 = cols.length > 2 ? cols[2].trim() : null;
    String v2 = cols.length > 3 ? cols[3].trim() : null;
    Entry e = new Entry(kind, number(v1), number(v2), v1 == null || v1.isEmpty() ? null : v1);
    List<Token> toks = Tokenizer.tokenize(cols[0].trim());
    if (toks.isEmpty()) {
      throw new IllegalArgumentException("empty surface");
    }
    Node node = root;
    for (Token t : toks) {
      node = node.next.computeIfAbsent(t.key, k -> new Node());
    }
    if (node.entries == null) {
      node.entries = new EnumMap<>(Kind.class);
    }
    node.entries.put(kind, e);
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
    }
    for (Node c : n.next.values()) {
      freeze(c);
    }
  }

  /**
   * Segments tokens into items, taking at each position the longest phrase the lexicon knows
   * (bounded by the longest phrase, so linear in the number of tokens).
   */
  List<Item> segment(List<Token> toks) {
    List<Item> items = new ArrayList<>(toks.size());
    int i = 0;
    int n = toks.size();
    while (i < n) {
      Node node = root;
      int best = -1;
      Map<Kind, Entry> bestEntries = null;
      for (int j = i; j < n; j++) {
        Token t = toks.get(j);
        if (t.type == Token.Type.NUMBER) {
          break;
        }
        node = node.next.get(t.key);
        if (node == null) {
          break;
        }
        if (node.entries != null) {
          best = j;
          bestEntries = node.entries;
        }
      }
      int to = best >= 0 ? best + 1 : i + 1;
      items.add(new Item(i, to, toks.get(i).start, toks.get(to - 1).end, toks.get(i),
          key(toks, i, to), bestEntries));
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
