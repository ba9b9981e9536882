package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reconciliation reads of each article (id, outlet, story, language, publication date and
 * its basis) in arrays, one entry per article: no text, URL or date evidence is kept. Outlets and
 * stories are numbered, so a million articles of a few thousand outlets cost a few arrays of
 * numbers and their ids. Not thread-safe.
 */
final class ArticleTable {

  private static final int NO_DATE = Integer.MIN_VALUE;
  private static final ArticleInfo.DateBasis[] BASES = ArticleInfo.DateBasis.values();

  /**
   * The ids, one after another in one array (a million ids as strings would cost some 50 MB of
   * object headers): one byte per character when all are below U+0100, else two.
   */
  private byte[] idBytes = new byte[1024];
  /** Where each id starts in {@link #idBytes}; entry {@code size} is where the next one goes. */
  private int[] idStart = new int[65];
  private int[] idHash = new int[64];
  private boolean[] wide = new boolean[64];
  private int[] source = new int[64];
  private int[] story = new int[64];
  private int[] published = new int[64];
  /** The number of each article's language in {@link #languageList}. */
  private short[] language = new short[64];
  private final Map<Language, Integer> languages = new HashMap<>();
  private final List<Language> languageList = new ArrayList<>();
  /** Basis ordinal + 1 (0: none), detected in bit 7. */
  private byte[] bits = new byte[64];
  private int size;
  /** Open-addressing index of the ids: slot holds article number + 1, 0 when free. */
  private int[] slots = new int[128];
  private final Map<String, Integer> names = new HashMap<>();
  private final List<String> nameList = new ArrayList<>();
  /** Infos made for the current piece of work; see {@link #forget()}. */
  private final Map<Integer, ArticleInfo> made = new ConcurrentHashMap<>();

  int size() {
    return size;
  }

  /**
   * Adds an article and returns its number.
   *
   * @throws IllegalArgumentException if an article with the same id was added
   */
  int add(ArticleInfo info) {
    String id = info.id();
    if (index(id) >= 0) {
      throw new IllegalArgumentException("two articles share the id \"" + id + "\"");
    }
    if (size == idHash.length) {
      int n = size * 2;
      idStart = Arrays.copyOf(idStart, n + 1);
      idHash = Arrays.copyOf(idHash, n);
      wide = Arrays.copyOf(wide, n);
      source = Arrays.copyOf(source, n);
      story = Arrays.copyOf(story, n);
      published = Arrays.copyOf(published, n);
      bits = Arrays.copyOf(bits, n);
      language = Arrays.copyOf(language, n);
    }
    int a = size++;
    storeId(a, id);
    source[a] = name(info.article().source().orElse(null));
    story[a] = name(info.article().story().orElse(null));
    published[a] = info.published().map(d -> (int) d.toEpochDay()).orElse(NO_DATE);
    int basis = info.publishedBasis().map(b -> b.ordinal() + 1).orElse(0);
    language[a] = (short) (int) languages.computeIfAbsent(info.language(), l -> {
      if (languageList.size() == Short.MAX_VALUE) {
        throw new IllegalStateException("more than " + Short.MAX_VALUE + " languages");
      }
      languageList.add(l);
      return languageList.size() - 1;
    });
    bits[a] = (byte) (basis
        | (info.languageDetected() ? 0x80 : 0));
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      insert(a);
    }
    return a;
  }

  /** The number of the article with this id, or -1. */
  int index(String id) {
    int mask = slots.length - 1;
    int h = id.hashCode();
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (idHash[v - 1] == h && sameId(v - 1, id)) {
        return v - 1;
      }
    }
  }

  String id(int a) {
    int from = idStart[a];
    int to = idStart[a + 1];
    if (!wide[a]) {
      return new String(idBytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    char[] c = new char[(to - from) / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) (((idBytes[from + 2 * i] & 0xFF) << 8) | (idBytes[from + 2 * i + 1] & 0xFF));
    }
    return new String(c);
  }

  private void storeId(int a, String id) {
    boolean w = false;
    for (int i = 0; i < id.length() && !w; i++) {
      w = id.charAt(i) > 0xFF;
    }
    int from = idStart[a];
    int length = w ? 2 * id.length() : id.length();
    if (from + length > idBytes.length) {
      long n = Math.max((long) idBytes.length * 2, (long) from + length);
      if (n > Integer.MAX_VALUE - 8) {
        n = Integer.MAX_VALUE - 8;
        if (from + length > n) {
          throw new IllegalStateException("too many article ids: over 2 GB in all");
        }
      }
      idBytes = Arrays.copyOf(idBytes, (int) n);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (w) {
        idBytes[from + 2 * i] = (byte) (c >> 8);
        idBytes[from + 2 * i + 1] = (byte) c;
      } else {
        idBytes[from + i] = (byte) c;
      }
    }
    idStart[a + 1] = from + length;
    idHash[a] = id.hashCode();
    wide[a] = w;
  }

  /**
   * Compares the ids of articles {@code a} and {@code b}, each followed by '#', as strings: the
   * order of their claims' ids ("id#1") when no id holds a '#'.
   */
  int compareIdsWithHash(int a, int b) {
    int la = idLength(a);
    int lb = idLength(b);
    for (int i = 0; i < Math.min(la, lb) + 1; i++) {
      char x = i < la ? idChar(a, i) : '#';
      char y = i < lb ? idChar(b, i) : '#';
      if (x != y) {
        return x - y;
      }
    }
    return la - lb;
  }

  /** The length of article {@code a}'s id. */
  int idLength(int a) {
    int bytes = idStart[a + 1] - idStart[a];
    return wide[a] ? bytes / 2 : bytes;
  }

  /** Character {@code i} of article {@code a}'s id. */
  char idChar(int a, int i) {
    int from = idStart[a];
    return wide[a]
        ? (char) (((idBytes[from + 2 * i] & 0xFF) << 8) | (idBytes[from + 2 * i + 1] & 0xFF))
        : (char) (idBytes[from + i] & 0xFF);
  }

  /** Whether article {@code a}'s id is written in {@code s} from {@code from} on (maybe not to the end). */
  boolean idAt(int a, String s, int from) {
    int n = idLength(a);
    if (from < 0 || from + n > s.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(from + i) != idChar(a, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether article {@code a}'s id is {@code id}. */
  private boolean sameId(int a, String id) {
    return idLength(a) == id.length() && idAt(a, id, 0);
  }

  /** The story of article {@code a}, or the empty string for the default story. */
  String story(int a) {
    String s = story[a] < 0 ? null : nameList.get(story[a]);
    return s == null ? "" : s;
  }

  /**
   * The info of article {@code a} as reconciliation reads it: its text, URL and date evidence
   * are not kept. Made once per piece of work (see {@link #forget()}).
   */
  ArticleInfo info(int a) {
    return made.computeIfAbsent(a, this::make);
  }

  private ArticleInfo make(int a) {
    Article article = Article.builder(id(a), "")
        .source(source[a] < 0 ? null : nameList.get(source[a]))
        .story(story[a] < 0 ? null : nameList.get(story[a]))
        .build();
    int b = bits[a] & 0xFF;
    Language lang = languageList.get(language[a]);
    boolean detected = (b & 0x80) != 0;
    LocalDate date = published[a] == NO_DATE ? null : LocalDate.ofEpochDay(published[a]);
    ArticleInfo.DateBasis basis = (b & 0xF) == 0 ? null : BASES[(b & 0xF) - 1];
    return ArticleInfo.of(article, lang, detected, date, basis, null);
  }

  /** Forgets the infos made so far: the heap holds those of one piece of work at a time. */
  void forget() {
    made.clear();
  }

  /** The articles by id, as {@link #info(int)} makes them; only {@code get} is fast. */
  Map<String, ArticleInfo> asMap() {
    return new AbstractMap<>() {
      @Override
      public ArticleInfo get(Object key) {
        int a = key instanceof String s ? index(s) : -1;
        return a < 0 ? null : info(a);
      }

      @Override
      public boolean containsKey(Object key) {
        return key instanceof String s && index(s) >= 0;
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public Set<Entry<String, ArticleInfo>> entrySet() {
        Map<String, ArticleInfo> all = new HashMap<>();
        for (int a = 0; a < size; a++) {
          all.put(id(a), info(a));
        }
        return all.entrySet();
      }
    };
  }

  private int name(String s) {
    if (s == null) {
      return -1;
    }
    Integer n = names.get(s);
    if (n == null) {
      n = nameList.size();
      names.put(s, n);
      nameList.add(s);
    }
    return n;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int a = 0; a < size; a++) {
      insert(a);
    }
  }

  private void insert(int a) {
    int mask = slots.length - 1;
    int s = spread(idHash[a]) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = a + 1;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
