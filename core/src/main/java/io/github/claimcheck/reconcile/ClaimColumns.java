package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims of one reconcile call, in id order, read once into columns by position: each
 * claim's article as a number, and per article its id and info. What the likely-value estimate
 * and a large group's time table read instead of looking every claim's article up by its id in
 * maps of their own. A part of the claims (a group's, a finding's), in id order, is found by its
 * positions here. Made once per call; immutable but for an index of the ids made on first
 * use.
 */
final class ClaimColumns {

  /** The claims, sorted by id. */
  private final List<Claim> claims;
  /** Per claim position: its id (read with its article, so ids are found without the claims). */
  private final String[] ids;
  /** Per claim position: its article's number (in order of first claim). */
  private final int[] article;
  /** Per article number: its id and its info (null when the caller gave none). */
  private final String[] articleIds;
  private final ArticleInfo[] infos;
  private final Map<String, Integer> numbers;
  private final int latestPublishedYear;
  /** See {@link #idIndex()}. */
  private volatile int[] idIndex;
  /** See {@link #wordings()}. */
  private volatile Wordings wordings;

  private ClaimColumns(List<Claim> claims, String[] ids, int[] article, String[] articleIds,
      ArticleInfo[] infos,
      Map<String, Integer> numbers, int latestPublishedYear) {
    this.latestPublishedYear = latestPublishedYear;
    this.claims = claims;
    this.ids = ids;
    this.article = article;
    this.articleIds = articleIds;
    this.infos = infos;
    this.numbers = numbers;
  }

  /**
   * Reads the claims (sorted by id) and their articles' info.
   *
   * @param articles article id to info; an article missing has null info
   */
  static ClaimColumns of(List<Claim> claims, Map<String, ArticleInfo> articles) {
    return of(claims, articles, false);
  }

  /**
   * {@link #of(List, Map)}; with {@code parallel}, the two halves of the claims are read at once
   * and their articles numbered as one pass would number them.
   */
  static ClaimColumns of(List<Claim> claims, Map<String, ArticleInfo> articles,
      boolean parallel) {
    int n = claims.size();
    String[] ids = new String[n];
    int[] article = new int[n];
    int mid = parallel ? n / 2 : n;
    List<Numbering> halves = InOrder.run(parallel ? 2 : 1, parallel, h -> h == 0
        ? Numbering.of(claims, 0, mid, ids, article, articles)
        : Numbering.of(claims, mid, n, ids, article, articles));
    Numbering all = halves.get(0);
    if (halves.size() == 2) {
      // The second half's articles take the first half's numbers, or the next ones in order.
      Numbering second = halves.get(1);
      int[] renumber = new int[second.count];
      for (int k = 0; k < second.count; k++) {
        renumber[k] = all.add(second.ids[k], second.infos[k]);
      }
      for (int i = mid; i < n; i++) {
        article[i] = renumber[article[i]];
      }
    }
    int latest = Integer.MIN_VALUE;
    for (int k = 0; k < all.count; k++) {
      LocalDate published = all.infos[k] == null ? null : all.infos[k].published().orElse(null);
      if (published != null) {
        latest = Math.max(latest, published.getYear());
      }
    }
    return new ClaimColumns(claims, ids, article, Arrays.copyOf(all.ids, all.count),
        Arrays.copyOf(all.infos, all.count), all.numbers, latest);
  }

  /** Articles numbered in order of first claim: ids and infos by number, numbers by id. */
  static final class Numbering {
    final Map<String, Integer> numbers = new HashMap<>();
    String[] ids = new String[16];
    ArticleInfo[] infos = new ArticleInfo[16];
    int count;

    /** The number of article {@code id}, given the next one if it has none yet. */
    int add(String id, ArticleInfo info) {
      Integer k = numbers.get(id);
      if (k == null) {
        k = count++;
        numbers.put(id, k);
        if (k == ids.length) {
          ids = Arrays.copyOf(ids, k * 2);
          infos = Arrays.copyOf(infos, k * 2);
        }
        ids[k] = id;
        infos[k] = info;
      }
      return k;
    }

    /**
     * Numbers the articles of claims {@code [from, to)}, writing each claim's to {@code article}
     * and its id to {@code claimIds} (unless null).
     */
    static Numbering of(List<Claim> claims, int from, int to, String[] claimIds, int[] article,
        Map<String, ArticleInfo> articles) {
      Numbering out = new Numbering();
      String last = null;
      int lastNumber = -1;
      for (int i = from; i < to; i++) {
        Claim c = claims.get(i);
        if (claimIds != null) {
          claimIds[i] = c.id();
        }
        String a = c.articleId();
        if (!a.equals(last)) { // an article's claims mostly come together in id order
          Integer k = out.numbers.get(a);
          lastNumber = k != null ? k : out.add(a, articles.get(a));
          last = a;
        }
        article[i] = lastNumber;
      }
      return out;
    }
  }

  /**
   * What each claim says its source is: the pairs (attribution, origin) the claims give, each
   * numbered in order of first claim, and each claim's pair by position; read on first use. Rules
   * and the estimate that compare sources claim by claim compare these numbers and read each
   * pair's words once.
   *
   * @param pair per claim position: its pair's number
   * @param attribution per pair: the attribution, or null
   * @param origin per pair: the origin, or null
   * @param bare per pair: the number of the pair with none read as the empty string (pairs
   *     that differ only in null against "" share it), below {@code bareCount}
   * @param bareCount how many such numbers there are
   */
  record Wordings(int[] pair, String[] attribution, String[] origin, int[] bare, int bareCount) {

    /** The wording of pair {@code p}'s original source: its origin, else its attribution. */
    String wording(int p) {
      return origin[p] != null ? origin[p] : attribution[p];
    }

    static Wordings of(List<Claim> claims) {
      int n = claims.size();
      int[] pair = new int[n];
      // attribution to origin to number; HashMap takes null keys, so "none" is a key too
      Map<String, Map<String, Integer>> numbers = new HashMap<>();
      Map<String, Map<String, Integer>> bareNumbers = new HashMap<>();
      String[] attribution = new String[16];
      String[] origin = new String[16];
      int[] bare = new int[16];
      int count = 0;
      int bareCount = 0;
      String lastAttribution = null;
      String lastOrigin = null;
      int last = -1;
      for (int i = 0; i < n; i++) {
        Claim c = claims.get(i);
        String a = c.attribution().orElse(null);
        String o = c.origin().orElse(null);
        if (last < 0 || !Objects.equals(a, lastAttribution) || !Objects.equals(o, lastOrigin)) {
          Map<String, Integer> byOrigin = numbers.computeIfAbsent(a, k -> new HashMap<>());
          Integer k = byOrigin.get(o);
          if (k == null) {
            k = count++;
            byOrigin.put(o, k);
            if (k == attribution.length) {
              attribution = Arrays.copyOf(attribution, k * 2);
              origin = Arrays.copyOf(origin, k * 2);
              bare = Arrays.copyOf(bare, k * 2);
            }
            attribution[k] = a;
            origin[k] = o;
            Map<String, Integer> bareByOrigin = bareNumbers.computeIfAbsent(
                a == null ? "" : a, x -> new HashMap<>());
            Integer b = bareByOrigin.get(o == null ? "" : o);
            if (b == null) {
              b = bareCount++;
              bareByOrigin.put(o == null ? "" : o, b);
            }
            bare[k] = b;
          }
          last = k;
          lastAttribution = a;
          lastOrigin = o;
        }
        pair[i] = last;
      }
      return new Wordings(pair, Arrays.copyOf(attribution, count), Arrays.copyOf(origin, count),
          Arrays.copyOf(bare, count), bareCount);
    }
  }

  /** The claims' {@link Wordings}, read on first use. */
  Wordings wordings() {
    Wordings w = wordings;
    if (w == null) {
      synchronized (this) {
        w = wordings;
        if (w == null) {
          w = Wordings.of(claims);
          wordings = w;
        }
      }
    }
    return w;
  }

  /**
   * The latest year an article of the claims was published in, or {@link Integer#MIN_VALUE}
   * when none has a date.
   */
  int latestPublishedYear() {
    return latestPublishedYear;
  }

  /** The number of claims. */
  int size() {
    return claims.size();
  }

  /** The claim at position {@code i}. */
  Claim claim(int i) {
    return claims.get(i);
  }

  /** The id of the claim at {@code i}. */
  String id(int i) {
    return ids[i];
  }

  /** The article of the claim at {@code i}, as a number below {@link #articles()}. */
  int article(int i) {
    return article[i];
  }

  /** How many articles the claims come from. */
  int articles() {
    return articleIds.length;
  }

  /** The id of article number {@code a}. */
  String articleId(int a) {
    return articleIds[a];
  }

  /** The info of article number {@code a}, or null when the caller gave none. */
  ArticleInfo info(int a) {
    return infos[a];
  }

  /** The number of the article with id {@code articleId}, or -1 when no claim is of it. */
  int articleNumber(String articleId) {
    return numbers.getOrDefault(articleId, -1);
  }

  /**
   * The position of the claim with id {@code id}, or -1 when none has it; {@code hint} is where
   * it is likely to be (the position after the last one found, for ids asked in order), which is
   * tried first, then an index of the ids (made on first use).
   */
  int position(String id, int hint) {
    if (hint >= 0 && hint < claims.size() && sameId(hint, id)) {
      return hint;
    }
    int[] table = idIndex();
    int mask = table.length - 1;
    for (int slot = slot(id, table); table[slot] != 0; slot = (slot + 1) & mask) {
      if (sameId(table[slot] - 1, id)) {
        return table[slot] - 1;
      }
    }
    return -1;
  }

  /**
   * The position of the claim with id {@code id} by a binary search, or -1 when none has it: for
   * a few ids, where making {@link #idIndex()} would cost more.
   */
  int search(String id) {
    int lo = 0;
    int hi = claims.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = ids[mid].compareTo(id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private boolean sameId(int i, String id) {
    String there = ids[i];
    return there == id || there.equals(id);
  }

  /**
   * Open addressing over the ids' hashes: each slot holds a position plus one (0: empty), at
   * most half the slots full. Four or eight bytes a claim, no object per claim.
   */
  private int[] idIndex() {
    int[] table = idIndex;
    if (table == null) {
      synchronized (this) {
        table = idIndex;
        if (table == null) {
          int capacity = Integer.highestOneBit(Math.max(2, claims.size()) * 2 - 1) << 1;
          table = new int[capacity];
          int mask = capacity - 1;
          for (int i = 0; i < claims.size(); i++) {
            int slot = slot(ids[i], table);
            while (table[slot] != 0) {
              slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
          }
          idIndex = table;
        }
      }
    }
    return table;
  }

  /** The first slot of an id: the high bits of its hash times the golden ratio. */
  private static int slot(String id, int[] table) {
    return (id.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(table.length - 1);
  }

  /**
   * The positions of {@code part}, claims of this call in id order (each the same object as
   * here), or null when one is not found: a large part is walked beside the claims, a small one
   * searched claim by claim.
   */
  int[] positions(List<Claim> part) {
    int[] at = new int[part.size()];
    int p = 0;
    for (int k = 0; k < at.length; k++) {
      Claim c = part.get(k);
      // Parts mostly hold runs of neighbouring claims: a few steps from the last one found are
      // tried before a binary search.
      int limit = Math.min(claims.size(), p + 8);
      while (p < limit && claims.get(p) != c) {
        p++;
      }
      if (p == limit) {
        p = search(c.id());
        if (p < 0 || claims.get(p) != c) {
          return null;
        }
      }
      at[k] = p++;
    }
    return at;
  }
}
