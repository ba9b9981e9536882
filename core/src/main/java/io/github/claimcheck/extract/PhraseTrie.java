package io.github.claimcheck.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Every phrase of the tables of one {@link Vocabulary} in one trie over word numbers, each entry
 * labelled with its table: a sentence is walked once, from each token, for all tables together
 * ({@link #matches}), instead of each table looking its phrases up at each token it is asked
 * about. Immutable once built.
 *
 * <p>It gives exactly what the tables' own matching gives ({@link PhraseTable}): per table, the
 * phrases whose first word is the token's lower-cased word, or, only when the table has none, its
 * clitic-free word; each further word matched by either form; the longest phrase, and of equally
 * long ones the one added first; a phrase in capitals only where the text has the same capitals.
 */
final class PhraseTrie {

  /**
   * A phrase of table {@code table}, the {@code order}-th added to it, {@code length} words long;
   * {@code caps} holds its words as written when it matches only capitals, else null.
   */
  record Entry(int table, int order, int length, String[] caps, Object value) {}

  /** A node: the phrases ending here and the words going on from here. */
  private static final class Node {
    /** The tables with a phrase ending here or below, as bits. */
    long tables;
    Entry[] entries = NO_ENTRIES;
    /** Word numbers of the children, sorted, and the children in the same order. */
    int[] keys = NO_KEYS;
    Node[] children = NO_NODES;

    Node child(int word) {
      int[] k = keys;
      if (k.length <= 8) { // most nodes: a scan beats a binary search
        for (int j = 0; j < k.length; j++) {
          if (k[j] == word) {
            return children[j];
          }
        }
        return null;
      }
      int j = Arrays.binarySearch(k, word);
      return j >= 0 ? children[j] : null;
    }

    Node add(int word) {
      Node c = child(word);
      if (c != null) {
        return c;
      }
      int j = -Arrays.binarySearch(keys, word) - 1;
      int[] k = new int[keys.length + 1];
      Node[] n = new Node[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, j);
      System.arraycopy(children, 0, n, 0, j);
      System.arraycopy(keys, j, k, j + 1, keys.length - j);
      System.arraycopy(children, j, n, j + 1, keys.length - j);
      c = new Node();
      k[j] = word;
      n[j] = c;
      keys = k;
      children = n;
      return c;
    }
  }

  private static final Entry[] NO_ENTRIES = new Entry[0];
  private static final int[] NO_KEYS = new int[0];
  private static final Node[] NO_NODES = new Node[0];

  /** The first words' nodes, by word number: every token is looked up here. */
  private final Node[] roots;
  private final int tables;

  private PhraseTrie(Node[] roots, int tables) {
    this.roots = roots;
    this.tables = tables;
  }

  /**
   * A phrase to put in the trie: its words' numbers, lower-cased (a phrase in capitals is filed
   * under its lower-cased words and checked against its written ones when found).
   */
  record Phrase(int[] words, String[] caps, Object value) {}

  /**
   * The trie of {@code tables} (at most 64), each a list of its phrases in the order they were
   * added; {@code words} is the vocabulary's size.
   */
  static PhraseTrie of(List<List<Phrase>> tables, int words) {
    if (tables.size() > Long.SIZE) {
      throw new IllegalStateException("at most 64 phrase tables share a vocabulary");
    }
    Node[] roots = new Node[words];
    for (int t = 0; t < tables.size(); t++) {
      List<Phrase> phrases = tables.get(t);
      for (int order = 0; order < phrases.size(); order++) {
        Phrase p = phrases.get(order);
        Node node = roots[p.words()[0]];
        if (node == null) {
          node = new Node();
          roots[p.words()[0]] = node;
        }
        node.tables |= 1L << t;
        for (int k = 1; k < p.words().length; k++) {
          node = node.add(p.words()[k]);
          node.tables |= 1L << t;
        }
        Entry[] e = Arrays.copyOf(node.entries, node.entries.length + 1);
        e[e.length - 1] = new Entry(t, order, p.words().length, p.caps(), p.value());
        node.entries = e;
      }
    }
    return new PhraseTrie(roots, tables.size());
  }

  /** How many tables the trie holds. */
  int tables() {
    return tables;
  }

  /**
   * The matches of every table at every token of {@code tokens}, its words numbered in this
   * trie's vocabulary {@code v}: by table, an array by token of the longest phrase starting there
   * (null: none), or null when the table matches nowhere in the sentence.
   */
  PhraseTable.Match<?>[][] matches(TokenList tokens, Vocabulary v) {
    PhraseTable.Match<?>[][] out = new PhraseTable.Match<?>[tables][];
    Walk walk = null;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Node lower = root(tokens.lowerId(v, i));
      int normId = tokens.normId(v, i);
      Node norm = normId < 0 ? null : root(normId);
      if (lower == null && norm == null) {
        continue; // most tokens: no phrase of any table starts here
      }
      if (walk == null) {
        walk = new Walk(tokens, v, tables);
      }
      // A table whose phrases start with the lower-cased word is not asked about the
      // clitic-free one (PhraseTable's rule).
      long byLower = lower == null ? 0 : lower.tables;
      long byNorm = norm == null ? 0 : norm.tables & ~byLower;
      walk.from(i);
      if (byLower != 0) {
        walk.down(lower, byLower, 1);
      }
      if (byNorm != 0) {
        walk.down(norm, byNorm, 1);
      }
      walk.record(out, i);
    }
    return out;
  }

  private Node root(int word) {
    return word >= 0 && word < roots.length ? roots[word] : null;
  }

  /** The best phrase per table found from one token: scratch of one sentence's walk. */
  private static final class Walk {
    private final TokenList tokens;
    private final Vocabulary v;
    private final Entry[] best;
    private int from;

    Walk(TokenList tokens, Vocabulary v, int tables) {
      this.tokens = tokens;
      this.v = v;
      this.best = new Entry[tables];
    }

    void from(int i) {
      from = i;
      Arrays.fill(best, null);
    }

    /** Visits {@code node}, reached with {@code depth} words, for the tables of {@code only}. */
    void down(Node node, long only, int depth) {
      for (Entry e : node.entries) {
        if ((only & (1L << e.table())) != 0 && better(e) && capsHold(e)) {
          best[e.table()] = e;
        }
      }
      int at = from + depth;
      if (node.keys.length == 0 || at >= tokens.size()) {
        return;
      }
      int lowerId = tokens.lowerId(v, at);
      Node next = lowerId < 0 ? null : node.child(lowerId);
      if (next != null && (next.tables & only) != 0) {
        down(next, only & next.tables, depth + 1);
      }
      int normId = tokens.normId(v, at);
      next = normId < 0 ? null : node.child(normId);
      if (next != null && (next.tables & only) != 0) {
        down(next, only & next.tables, depth + 1);
      }
    }

    private boolean better(Entry e) {
      Entry b = best[e.table()];
      return b == null || e.length() > b.length()
          || (e.length() == b.length() && e.order() < b.order());
    }

    private boolean capsHold(Entry e) {
      if (e.caps() == null) {
        return true;
      }
      for (int k = 0; k < e.caps().length; k++) {
        if (!tokens.written(from + k).equals(e.caps()[k])) {
          return false;
        }
      }
      return true;
    }

    void record(PhraseTable.Match<?>[][] out, int i) {
      for (int t = 0; t < best.length; t++) {
        Entry e = best[t];
        if (e != null) {
          if (out[t] == null) {
            out[t] = new PhraseTable.Match<?>[tokens.size()];
          }
          out[t][i] = new PhraseTable.Match<>(i, i + e.length(), e.value());
        }
      }
    }
  }
}
