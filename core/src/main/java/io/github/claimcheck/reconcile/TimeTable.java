package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.ClaimFlag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The effective times and articles of a list of claims, by position, read once: the time each
 * figure refers to as epoch days ({@link RuleContext#effectiveTime}), its time of day when the
 * time is one day, and its article as a small number. Rules that compare the sides of a split
 * again and again read these arrays instead of each claim's date objects.
 */
final class TimeTable {

  private final boolean[] known;
  /** Each claim's {@link RuleContext#timeBound}. */
  private final RuleContext.TimeBound[] bound;
  private final long[] start;
  private final long[] end;
  /** The time of day of a claim whose time is one day, else null; null when no claim has one. */
  private final ClockTime[] clock;
  private final int[] article;
  /** Article numbers by id, made here; null when the numbers are the call's {@link #columns}. */
  private final Map<String, Integer> ordinals;
  private final ClaimColumns columns;

  private TimeTable(boolean[] known, RuleContext.TimeBound[] bound, long[] start, long[] end,
      ClockTime[] clock, int[] article, Map<String, Integer> ordinals, ClaimColumns columns) {
    this.known = known;
    this.bound = bound;
    this.start = start;
    this.end = end;
    this.clock = clock;
    this.article = article;
    this.ordinals = ordinals;
    this.columns = columns;
  }

  /**
   * Reads the times and articles of the claims. A large part of the call's claims takes its
   * articles' numbers and info from the call's {@link ClaimColumns}; other claims number their
   * articles here.
   */
  static TimeTable of(List<Claim> claims, RuleContext ctx) {
    ClaimColumns columns = ctx.columnsFor(claims);
    return of(claims, ctx, columns == null ? null : columns.positions(claims));
  }

  /**
   * {@link #of(List, RuleContext)} with the claims' positions among the call's claims ({@code
   * at}, null when not known) found already.
   */
  static TimeTable of(List<Claim> claims, RuleContext ctx, int[] at) {
    int n = claims.size();
    ClaimColumns columns = at == null ? null : ctx.columns();
    int[] article = new int[n];
    Map<String, Integer> ordinals = null;
    IntFunction<ArticleInfo> infoOf; // by article number
    if (at != null) {
      for (int i = 0; i < n; i++) {
        article[i] = columns.article(at[i]);
      }
      infoOf = columns::info;
    } else {
      ClaimColumns.Numbering numbering =
          ClaimColumns.Numbering.of(claims, 0, n, null, article, ctx.articles());
      ordinals = numbering.numbers;
      infoOf = a -> numbering.infos[a];
    }
    Times times = new Times(n);
    // A large part of the call's claims is read as two halves at once.
    boolean parallel = at != null && ctx.parallel(n);
    int mid = parallel ? n / 2 : n;
    List<ClockTime[]> clocks = InOrder.run(parallel ? 2 : 1, parallel, h -> times.read(claims,
        h == 0 ? 0 : mid, h == 0 ? mid : n, article, infoOf));
    ClockTime[] clock = clocks.get(0);
    if (clocks.size() == 2 && clocks.get(1) != null) {
      if (clock == null) {
        clock = clocks.get(1);
      } else {
        System.arraycopy(clocks.get(1), mid, clock, mid, n - mid);
      }
    }
    return new TimeTable(times.known, times.bound, times.start, times.end, clock, article,
        ordinals, at == null ? null : columns);
  }

  /** The times being read, by position. */
  private static final class Times {
    final boolean[] known;
    final RuleContext.TimeBound[] bound;
    final long[] start;
    final long[] end;

    Times(int n) {
      known = new boolean[n];
      bound = new RuleContext.TimeBound[n];
      start = new long[n];
      end = new long[n];
    }

    /**
     * Reads the times of claims {@code [from, to)}, whose articles are numbered {@code article}
     * ({@code info}: an article number's info); returns their times of day by position, or null
     * when none gives one.
     */
    ClockTime[] read(List<Claim> claims, int from, int to, int[] article,
        IntFunction<ArticleInfo> info) {
      ArticleTimes articleTimes = new ArticleTimes();
      ClockTime[] clock = null;
      for (int i = from; i < to; i++) {
        Claim c = claims.get(i);
        DateValue t = c.when().orElse(null);
        if (t == null) { // the article's time, when it has one: read once per article
          ArticleTime a = articleTimes.get(article[i]);
          if (a == null) {
            a = articleTimes.put(article[i], ArticleTime.of(info.apply(article[i])));
          }
          boolean earlier = c.has(ClaimFlag.EARLIER);
          bound[i] = RuleContext.timeBound(earlier, a.bound);
          if (a.bound != RuleContext.TimeBound.UNKNOWN) {
            known[i] = true;
            start[i] = earlier ? a.earlierStart : a.published;
            end[i] = earlier ? a.earlierEnd : a.published;
          }
        } else {
          bound[i] = RuleContext.TimeBound.KNOWN;
          known[i] = true;
          start[i] = t.start().toEpochDay();
          end[i] = t.end().toEpochDay();
        }
        ClockTime k = known[i] && start[i] == end[i] ? c.clock().orElse(null) : null;
        if (k != null) {
          clock = clock == null ? new ClockTime[claims.size()] : clock;
          clock[i] = k;
        }
      }
      return clock;
    }
  }

  /**
   * The time an article gives the figures without a time scope of their own, as {@link
   * RuleContext#effectiveTimeOrNull(Claim, ArticleInfo)} and {@link RuleContext#timeBound(Claim,
   * ArticleInfo)} make it: its day of publication and the days of "some time before" it (for
   * figures flagged earlier), as epoch days, and how much its date tells ({@link
   * RuleContext#articleBound}; unknown: no days).
   */
  private record ArticleTime(long published, long earlierStart, long earlierEnd,
      RuleContext.TimeBound bound) {

    static final ArticleTime UNKNOWN = new ArticleTime(0, 0, 0, RuleContext.TimeBound.UNKNOWN);

    static ArticleTime of(ArticleInfo info) {
      RuleContext.TimeBound bound = RuleContext.articleBound(info);
      if (bound == RuleContext.TimeBound.UNKNOWN) {
        return UNKNOWN;
      }
      LocalDate day = info.published().orElseThrow();
      DateValue earlier = RuleContext.earlierThan(day);
      return new ArticleTime(day.toEpochDay(), earlier.start().toEpochDay(),
          earlier.end().toEpochDay(), bound);
    }
  }

  /** The {@link ArticleTime}s of the articles met, by article number, each read once. */
  private static final class ArticleTimes {
    private ArticleTime[] byNumber = new ArticleTime[16];

    /** The time of article {@code number}, or null when not read yet. */
    ArticleTime get(int number) {
      return number < byNumber.length ? byNumber[number] : null;
    }

    /** Keeps and returns the time of article {@code number}. */
    ArticleTime put(int number, ArticleTime time) {
      if (number >= byNumber.length) {
        byNumber = Arrays.copyOf(byNumber, Math.max(number + 1, byNumber.length * 2));
      }
      byNumber[number] = time;
      return time;
    }
  }

  /** Whether the time of the claim at {@code i} is known. */
  boolean known(int i) {
    return known[i];
  }

  /** How much is known of the time of the claim at {@code i}: {@link RuleContext#timeBound}. */
  RuleContext.TimeBound bound(int i) {
    return bound[i];
  }

  /** The start (epoch day) of the time of the claim at {@code i}, when {@link #known}. */
  long start(int i) {
    return start[i];
  }

  /** The end (epoch day) of the time of the claim at {@code i}, when {@link #known}. */
  long end(int i) {
    return end[i];
  }

  /** The time of day of the claim at {@code i} when its time is one day and it gives one, or null. */
  ClockTime clock(int i) {
    return clock == null ? null : clock[i];
  }

  /** The article of the claim at {@code i}, as a number below {@link #articles()}. */
  int article(int i) {
    return article[i];
  }

  /** How many articles the claims come from. */
  int articles() {
    return ordinals != null ? ordinals.size() : columns.articles();
  }

  /**
   * The number of an article as {@link #article} gives it, or -1 when no claim is of it (of the
   * call, when the numbers are the call's).
   */
  int ordinal(String articleId) {
    return ordinals != null ? ordinals.getOrDefault(articleId, -1)
        : columns.articleNumber(articleId);
  }

  /** The articles of the claims at {@code at}, by number. */
  BitSet articlesOf(int[] at) {
    BitSet out = new BitSet(articles());
    for (int i : at) {
      out.set(article[i]);
    }
    return out;
  }

  /**
   * {@link RuleContext#allBefore} on positions: whether every claim at {@code earlier} refers to
   * a time that ends before every claim at {@code later} begins (the time of day deciding within
   * one day when both give one); false when a side is empty or a time unknown.
   */
  boolean allBefore(int[] earlier, int[] later) {
    return allBefore(earlier, later, false);
  }

  /**
   * {@link RuleContext#allBeforeDated} on positions: {@link #allBefore} over the claims whose
   * time is known; false when a side has none.
   */
  boolean allBeforeDated(int[] earlier, int[] later) {
    return allBefore(earlier, later, true);
  }

  private boolean allBefore(int[] earlier, int[] later, boolean datedOnly) {
    long maxEnd = 0;
    boolean any = false;
    ClockTime maxClock = null;
    boolean clocked = true;
    for (int i : earlier) {
      if (!known[i]) {
        if (datedOnly) {
          continue;
        }
        return false;
      }
      ClockTime k = clock == null ? null : clock[i];
      if (!any || end[i] > maxEnd) {
        any = true;
        maxEnd = end[i];
        maxClock = k;
        clocked = k != null;
      } else if (end[i] == maxEnd) {
        clocked &= k != null;
        maxClock = !clocked ? null : maxClock.isBefore(k) ? k : maxClock;
      }
    }
    if (!any) {
      return false;
    }
    boolean anyLater = false;
    for (int i : later) {
      if (!known[i]) {
        if (datedOnly) {
          continue;
        }
        return false;
      }
      anyLater = true;
      if (start[i] > maxEnd) {
        continue;
      }
      ClockTime k = clock == null ? null : clock[i];
      if (start[i] != maxEnd || !clocked || k == null || !maxClock.isBefore(k)) {
        return false;
      }
    }
    return anyLater;
  }

  /**
   * Whether a claim of known time ({@link RuleContext.TimeBound#KNOWN}) at {@code a} and one at
   * {@code b} share a day: the two lists of spans, each sorted by start, are walked once (n log n
   * for the sort).
   */
  boolean knownOnOneDay(int[] a, int[] b) {
    long[][] first = knownSpans(a);
    long[][] second = knownSpans(b);
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      if (first[i][1] < second[j][0]) {
        i++;
      } else if (second[j][1] < first[i][0]) {
        j++;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The spans (first and last epoch day) of the claims of known time at {@code at}, by start. */
  private long[][] knownSpans(int[] at) {
    long[][] spans = new long[at.length][];
    int n = 0;
    for (int i : at) {
      if (bound[i] == RuleContext.TimeBound.KNOWN) {
        spans[n++] = new long[] {start[i], end[i]};
      }
    }
    long[][] known = Arrays.copyOf(spans, n);
    Arrays.sort(known, Comparator.comparingLong((long[] span) -> span[0]));
    return known;
  }

  /** The earliest start (epoch day) of the claims at {@code at}; MIN_VALUE when any is unknown. */
  long earliestStart(int[] at) {
    long min = Long.MAX_VALUE;
    for (int i : at) {
      if (!known[i]) {
        return Long.MIN_VALUE;
      }
      min = Math.min(min, start[i]);
    }
    return at.length == 0 ? Long.MIN_VALUE : min;
  }

  /** The latest end (epoch day) of the claims at {@code at}; MAX_VALUE when any is unknown. */
  long latestEnd(int[] at) {
    long max = Long.MIN_VALUE;
    for (int i : at) {
      if (!known[i]) {
        return Long.MAX_VALUE;
      }
      max = Math.max(max, end[i]);
    }
    return at.length == 0 ? Long.MAX_VALUE : max;
  }
}
