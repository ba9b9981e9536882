package io.github.claimcheck.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subjects of a batch's claims, numbered by their string form: two claims get the same number
 * exactly when their {@code subject()} strings are equal, and numbers compare as those strings
 * do. A subject local to the claim's own article ({@code what@article:offset}, the form of every
 * date only one article speaks of: millions of them in a million articles) is kept as three ints
 * (what, article number, offset) with an open-addressing index, some 24 bytes, not as a string
 * in a map (some 115); the other subjects, few, are kept as strings. Not thread-safe.
 */
final class SubjectTable {

  private final ArticleTable articles;
  /** Subjects kept as strings, and their numbers (0, 1, …). */
  private final Map<String, Integer> named = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  /** What local subjects date ({@code began}, {@code statement}, an event key), numbered. */
  private final Map<String, Integer> whatIds = new HashMap<>();
  private final List<String> whats = new ArrayList<>();
  private int[] what = new int[256];
  private int[] article = new int[256];
  private int[] offset = new int[256];
  private int locals;
  /** Index of the local subjects by the hash of their string form: local number + 1, 0 free. */
  private int[] slots = new int[512];

  SubjectTable(ArticleTable articles) {
    this.articles = articles;
  }

  /**
   * The number of {@code subject}, a claim's subject string, the claim being of article {@code
   * a}: at least 0 for a subject kept as a string, below 0 for a local one. Not after {@link
   * #trim()}.
   */
  int id(String subject, int a) {
    Integer n = named.get(subject);
    if (n != null) {
      return n;
    }
    int h = subject.hashCode();
    int mask = slots.length - 1;
    int s = spread(h) & mask;
    for (; slots[s] != 0; s = (s + 1) & mask) {
      int k = slots[s] - 1;
      if (sameLocal(k, subject)) {
        return ~k;
      }
    }
    int colon = subject.lastIndexOf(':');
    int off = colon < 0 ? -1 : offset(subject, colon + 1);
    int idLength = articles.idLength(a);
    int at = colon - idLength - 1;
    if (off < 0 || at < 0 || subject.charAt(at) != '@' || !articles.idAt(a, subject, at + 1)) {
      n = names.size();
      named.put(subject, n);
      names.add(subject);
      return n;
    }
    return ~addLocal(subject.substring(0, at), a, off, s);
  }

  /** The string form of subject {@code id}. */
  String name(int id) {
    if (id >= 0) {
      return names.get(id);
    }
    char[] c = new char[length(id)];
    for (int i = 0; i < c.length; i++) {
      c[i] = charAt(id, i);
    }
    return new String(c);
  }

  /** Compares subjects {@code x} and {@code y} as {@link String#compareTo} their names. */
  int compare(int x, int y) {
    if (x >= 0 && y >= 0) {
      return names.get(x).compareTo(names.get(y));
    }
    int lx = length(x);
    int ly = length(y);
    for (int i = 0, n = Math.min(lx, ly); i < n; i++) {
      char cx = charAt(x, i);
      char cy = charAt(y, i);
      if (cx != cy) {
        return cx - cy;
      }
    }
    return lx - ly;
  }

  /**
   * Lets go of the index of local subjects and the spare room: they can be compared and named,
   * not numbered any more.
   */
  void trim() {
    slots = null;
    what = Arrays.copyOf(what, locals);
    article = Arrays.copyOf(article, locals);
    offset = Arrays.copyOf(offset, locals);
  }

  /** How many subjects are kept as strings (the local ones are not). */
  int strings() {
    return names.size();
  }

  /** How many local subjects there are. */
  int locals() {
    return locals;
  }

  private int addLocal(String w, int a, int off, int slot) {
    if (locals == what.length) {
      int n = locals * 2;
      what = Arrays.copyOf(what, n);
      article = Arrays.copyOf(article, n);
      offset = Arrays.copyOf(offset, n);
    }
    int k = locals++;
    what[k] = whatIds.computeIfAbsent(w, x -> {
      whats.add(x);
      return whats.size() - 1;
    });
    article[k] = a;
    offset[k] = off;
    if (locals * 2 > slots.length) {
      slots = Slots.of(slots.length * 2, locals, j -> spread(hash(j)));
    } else {
      slots[slot] = k + 1;
    }
    return k;
  }

  /** Whether local subject {@code k}'s string form is {@code s}. */
  private boolean sameLocal(int k, String s) {
    if (s.length() != length(~k)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != charAt(~k, i)) {
        return false;
      }
    }
    return true;
  }

  /** {@link String#hashCode} of local subject {@code k}'s string form. */
  private int hash(int k) {
    int h = 0;
    for (int i = 0, n = length(~k); i < n; i++) {
      h = 31 * h + charAt(~k, i);
    }
    return h;
  }

  private int length(int id) {
    if (id >= 0) {
      return names.get(id).length();
    }
    int k = ~id;
    return whats.get(what[k]).length() + articles.idLength(article[k]) + digits(offset[k]) + 2;
  }

  /** Character {@code i} of subject {@code id}'s string form, {@code what@article:offset}. */
  private char charAt(int id, int i) {
    if (id >= 0) {
      return names.get(id).charAt(i);
    }
    int k = ~id;
    String w = whats.get(what[k]);
    if (i < w.length()) {
      return w.charAt(i);
    }
    i -= w.length();
    if (i == 0) {
      return '@';
    }
    i--;
    int idLength = articles.idLength(article[k]);
    if (i < idLength) {
      return articles.idChar(article[k], i);
    }
    i -= idLength;
    if (i == 0) {
      return ':';
    }
    i--;
    int v = offset[k];
    for (int j = digits(v) - 1; j > i; j--) {
      v /= 10;
    }
    return (char) ('0' + v % 10);
  }

  private static int digits(int v) {
    int d = 1;
    for (; v >= 10; v /= 10) {
      d++;
    }
    return d;
  }

  /** The offset written from {@code from} to the end, if it is one as {@code int} prints it; else -1. */
  private static int offset(String s, int from) {
    boolean leadingZero = s.length() - from > 1 && s.charAt(from) == '0';
    return leadingZero ? -1 : ReconcileBatch.number(s, from);
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
