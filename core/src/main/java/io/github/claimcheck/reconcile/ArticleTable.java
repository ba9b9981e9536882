package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reconciliation reads of each article (id, outlet, story, language, publication date and
 * its basis) in arrays, one entry per article: no text, URL or date evidence is kept. Outlets and
 * stories are numbered, so a million articles of a few thousand outlets cost a few arrays of
 * numbers and their ids. Not thread-safe.
 */
final class ArticleTable {

  private static final int NO_DATE = Integer.MIN_VALUE;
  private static final ArticleInfo.DateBasis[] BASES = ArticleInfo.DateBasis.values();
  private static final Language[] LANGUAGES = Language.values();

  private String[] ids = new String[64];
  private int[] source = new int[64];
  private int[] story = new int[64];
  private int[] published = new int[64];
  /** Basis ordinal + 1 (0: none), language ordinal in bits 4-6, detected in bit 7. */
  private byte[] bits = new byte[64];
  private int size;
  /** Open-addressing index of {@link #ids}: slot holds article number + 1, 0 when free. */
  private int[] slots = new int[128];
  private final Map<String, Integer> names = new HashMap<>();
  private final List<String> nameList = new ArrayList<>();
  /** Infos made for the current piece of work; see {@link #forget()}. */
  private final Map<Integer, ArticleInfo> made = new HashMap<>();

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
    if (size == ids.length) {
      int n = size * 2;
      ids = Arrays.copyOf(ids, n);
      source = Arrays.copyOf(source, n);
      story = Arrays.copyOf(story, n);
      published = Arrays.copyOf(published, n);
      bits = Arrays.copyOf(bits, n);
    }
    int a = size++;
    ids[a] = id;
    source[a] = name(info.article().source().orElse(null));
    story[a] = name(info.article().story().orElse(null));
    published[a] = info.published().map(d -> (int) d.toEpochDay()).orElse(NO_DATE);
    int basis = info.publishedBasis().map(b -> b.ordinal() + 1).orElse(0);
    bits[a] = (byte) (basis | (info.language().ordinal() << 4)
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
    for (int s = spread(id.hashCode()) & mask; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (ids[v - 1].equals(id)) {
        return v - 1;
      }
    }
  }

  String id(int a) {
    return ids[a];
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
    Article article = Article.builder(ids[a], "")
        .source(source[a] < 0 ? null : nameList.get(source[a]))
        .story(story[a] < 0 ? null : nameList.get(story[a]))
        .build();
    int b = bits[a] & 0xFF;
    Language language = LANGUAGES[(b >> 4) & 0x7];
    boolean detected = (b & 0x80) != 0;
    LocalDate date = published[a] == NO_DATE ? null : LocalDate.ofEpochDay(published[a]);
    ArticleInfo.DateBasis basis = (b & 0xF) == 0 ? null : BASES[(b & 0xF) - 1];
    return ArticleInfo.of(article, language, detected, date, basis, null);
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
          all.put(ids[a], info(a));
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
    int s = spread(ids[a].hashCode()) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = a + 1;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
