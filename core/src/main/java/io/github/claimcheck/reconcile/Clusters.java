package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Interval;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * Claims clustered by value: each cluster is a set of claims whose intervals share at least one
 * common number, found by one sort and one sweep (O(n log n)). Adjacent clusters disagree; a
 * {@link Split} holds, for two adjacent clusters, the claims of each that are disjoint from the
 * other's common interval, so a claim that agrees with both sides (such as "more than 10,000"
 * next to 10,000–12,000 and 15,000) is never cited as disagreeing.
 *
 * <p>The intervals are an {@link IntervalTable} (two arrays of longs), sorted as positions in a
 * primitive array: no object per claim beyond the lists of claims the rules read.
 */
final class Clusters {

  /** Claims that share a common interval. */
  static final class Cluster {
    /** The claims in value order (then id order). */
    private final List<Claim> claims;
    /** The common interval, in the table's doubled coordinates. */
    final long lo2;
    final long hi2;
    /** The positions of the claims in the claims clustered, in the order of {@link #claims()}. */
    final int[] at;

    Cluster(List<Claim> claims, long lo2, long hi2, int[] at) {
      this.claims = Collections.unmodifiableList(claims);
      this.lo2 = lo2;
      this.hi2 = hi2;
      this.at = at;
    }

    /** The claims, in value order; a read-only view. */
    List<Claim> claims() {
      return claims;
    }

    /** Whether the claims come from at least two articles. */
    boolean multiArticle() {
      String first = claims.get(0).articleId();
      for (Claim c : claims) {
        if (!c.articleId().equals(first)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A disagreement between two adjacent clusters. */
  static final class Split {
    final Cluster lowerCluster;
    final Cluster higherCluster;
    /** Claims of the lower cluster disjoint from the higher cluster's common interval, value order. */
    final List<Claim> lower;
    /** Claims of the higher cluster disjoint from the lower cluster's common interval, value order. */
    final List<Claim> higher;
    /** The positions of {@link #lower} and {@link #higher} in the claims clustered. */
    final int[] lowerAt;
    final int[] higherAt;
    private final Clusters owner;

    Split(Cluster lowerCluster, Cluster higherCluster, Positions lower, Positions higher,
        Clusters owner) {
      this.lowerCluster = lowerCluster;
      this.higherCluster = higherCluster;
      this.lower = lower.claims;
      this.higher = higher.claims;
      this.lowerAt = lower.at;
      this.higherAt = higher.at;
      this.owner = owner;
    }

    /** Whether all cited claims come from one article. */
    boolean singleArticle() {
      String first = lower.get(0).articleId();
      for (Claim c : lower) {
        if (!c.articleId().equals(first)) {
          return false;
        }
      }
      for (Claim c : higher) {
        if (!c.articleId().equals(first)) {
          return false;
        }
      }
      return true;
    }

    /** The cited claim ids and {@code extra}'s, sorted (an immutable list). */
    List<String> ids(List<Claim> extra) {
      int[] at = new int[lowerAt.length + higherAt.length];
      System.arraycopy(lowerAt, 0, at, 0, lowerAt.length);
      System.arraycopy(higherAt, 0, at, lowerAt.length, higherAt.length);
      return owner.ids(at, extra);
    }
  }

  /** Clusters and the positions of some of their claims there ({@link #indices}). */
  record Within(Clusters clusters, int[] index) {}

  /** Claims and their positions in the claims clustered, in one order. */
  private record Positions(List<Claim> claims, int[] at) {}

  final List<Cluster> clusters;
  final List<Split> splits;
  /** The intervals the clusters were made of. */
  final IntervalTable table;
  /** The times of the claims clustered, by position; made on first use. */
  private volatile TimeTable times;
  /** The claims clustered, in the order given. */
  private final List<Claim> claims;
  /** Whether {@link #claims} are in id order. */
  private final boolean byId;
  /**
   * The positions of the claims clustered among the call's claims, or null when not known; the
   * ids cited are then noted with their positions in {@link #context}.
   */
  private final int[] callAt;
  private final RuleContext context;

  private Clusters(List<Claim> claims, boolean byId, int[] callAt, RuleContext context,
      IntervalTable table, List<Cluster> clusters, List<Split> splits) {
    this.claims = claims;
    this.byId = byId;
    this.callAt = callAt;
    this.context = context;
    this.table = table;
    this.clusters = Collections.unmodifiableList(clusters);
    this.splits = splits;
  }

  /** Clusters the claims (in id order, as groups hold them, or in any order). */
  static Clusters of(List<Claim> claims, RuleContext context) {
    boolean sortedById = true;
    for (int i = 1; i < claims.size() && sortedById; i++) {
      sortedById = claims.get(i - 1).id().compareTo(claims.get(i).id()) < 0;
    }
    return of(claims, sortedById, context);
  }

  /**
   * Clusters claims the caller knows to be in id order ({@code byId}: a group's, or positions in
   * claims sorted by id), which spares comparing a million ids to find out.
   */
  static Clusters of(List<Claim> claims, boolean byId, RuleContext context) {
    return of(claims, byId, context, null);
  }

  /**
   * {@link #of(List, boolean, RuleContext)} with the claims' positions among the call's claims
   * ({@code callAt}, in the same order; null when not known), which the ids of the claims cited
   * are noted with ({@link RuleContext#cites}) and the times read by.
   */
  static Clusters of(List<Claim> claims, boolean byId, RuleContext context, int[] callAt) {
    return of(claims, byId, context, callAt,
        IntervalTable.of(claims, context, context.parallel(claims.size())));
  }

  /**
   * {@link #of(List, boolean, RuleContext, int[])} of claims whose intervals are read already
   * ({@code t}, in the order of {@code claims}).
   */
  static Clusters of(List<Claim> claims, boolean byId, RuleContext context, int[] callAt,
      IntervalTable t) {
    int n = claims.size();
    long[] lo2 = t.lo2;
    long[] hi2 = t.hi2;
    // Claims in id order need no id comparison on ties: a stable sort keeps that order.
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    IntComparator cmp = (a, b) -> {
      int c = Long.compare(lo2[a], lo2[b]);
      if (c == 0) {
        c = Long.compare(hi2[a], hi2[b]);
      }
      if (c == 0) {
        c = byId ? Integer.compare(a, b) : claims.get(a).id().compareTo(claims.get(b).id());
      }
      return c;
    };
    order = sort(order, cmp, context.parallel(n));

    List<Claim> sorted = new ArrayList<>(n);
    for (int i : order) {
      sorted.add(claims.get(i));
    }
    // Sweep: a cluster ends where the next interval misses the common part so far.
    List<Cluster> clusters = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    long clo = 0;
    long chi = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (k > start) {
        long nlo = Math.max(clo, lo2[i]);
        long nhi = Math.min(chi, hi2[i]);
        if (nlo <= nhi) {
          clo = nlo;
          chi = nhi;
          continue;
        }
        clusters.add(new Cluster(sorted.subList(start, k), clo, chi,
            Arrays.copyOfRange(order, start, k)));
        ranges.add(new int[] {start, k});
        start = k;
      }
      clo = lo2[i];
      chi = hi2[i];
    }
    if (n > 0) {
      clusters.add(new Cluster(sorted.subList(start, n), clo, chi,
          Arrays.copyOfRange(order, start, n)));
      ranges.add(new int[] {start, n});
    }
    List<Split> splits = new ArrayList<>(Math.max(0, clusters.size() - 1));
    Clusters out = new Clusters(claims, byId, callAt, context, t, clusters,
        Collections.unmodifiableList(splits));
    for (int c = 1; c < clusters.size(); c++) {
      Cluster below = clusters.get(c - 1);
      Cluster above = clusters.get(c);
      splits.add(new Split(below, above,
          disjoint(ranges.get(c - 1), order, claims, lo2, hi2, above),
          disjoint(ranges.get(c), order, claims, lo2, hi2, below), out));
    }
    return out;
  }

  /**
   * The claims of a cluster (sorted positions {@code range}) disjoint from another's common part,
   * as a view of the claims clustered at their positions (no list of their own).
   */
  private static Positions disjoint(int[] range, int[] order, List<Claim> claims, long[] lo2,
      long[] hi2, Cluster other) {
    int[] at = new int[range[1] - range[0]];
    int n = 0;
    for (int k = range[0]; k < range[1]; k++) {
      int i = order[k];
      if (!IntervalTable.overlaps(lo2[i], hi2[i], other.lo2, other.hi2)) {
        at[n++] = i;
      }
    }
    at = Arrays.copyOf(at, n);
    return new Positions(new At(claims, at), at);
  }

  /** The claims at some positions of a list, as a read-only view. */
  private static final class At extends AbstractList<Claim> implements RandomAccess {
    private final List<Claim> claims;
    private final int[] at;

    At(List<Claim> claims, int[] at) {
      this.claims = claims;
      this.at = at;
    }

    @Override
    public Claim get(int index) {
      return claims.get(at[index]);
    }

    @Override
    public int size() {
      return at.length;
    }
  }

  /**
   * The times and articles of the claims clustered, by position (the positions of {@link
   * Cluster#at} and {@link Split#lowerAt}); read on first use, with the context the clusters were
   * made with.
   */
  TimeTable times(RuleContext context) {
    TimeTable t = times;
    if (t == null) {
      t = callAt != null ? TimeTable.of(claims, context, callAt) : TimeTable.of(claims, context);
      times = t;
    }
    return t;
  }

  /**
   * Takes the times of the claims clustered, read elsewhere ({@code TimeTable.of} on the same
   * claims, with the same context) while these were clustered; {@link #times} returns them.
   */
  void useTimes(TimeTable t) {
    if (times == null) {
      times = t;
    }
  }

  /**
   * The ids of the claims clustered at positions {@code at} (reordered here), sorted, as an
   * immutable list (which a finding keeps as it is).
   */
  List<String> ids(int[] at) {
    return ids(at, List.of());
  }

  /** {@link #ids(int[])} with the ids of {@code extra}, claims of the call, put in order. */
  List<String> ids(int[] at, List<Claim> extra) {
    List<String> ids = new ArrayList<>(at.length + extra.size());
    if (byId) {
      // Positions in claims sorted by id are in id order: sorting numbers sorts the ids.
      sortPositions(at, claims.size());
      ClaimColumns columns = callAt == null ? null : context.columns();
      for (int p : at) { // the call's column of ids is read in order, not every claim
        ids.add(columns != null ? columns.id(callAt[p]) : claims.get(p).id());
      }
    } else {
      for (int p : at) {
        ids.add(claims.get(p).id());
      }
      Collections.sort(ids);
    }
    int[] cited = null;
    if (callAt != null) {
      cited = Arrays.copyOf(callPositions(at), at.length + extra.size());
      if (!byId) { // else already in id order: at is, and callAt increases
        Arrays.sort(cited, 0, at.length);
      }
    }
    int n = at.length;
    for (Claim c : extra) {
      int k = Collections.binarySearch(ids, c.id());
      k = k < 0 ? -k - 1 : k;
      ids.add(k, c.id());
      int p = cited == null ? -1 : context.columns().search(c.id());
      if (p < 0 || context.columns().claim(p) != c) {
        cited = null; // not of the call's claims: not noted
      } else {
        System.arraycopy(cited, k, cited, k + 1, n - k);
        cited[k] = p;
      }
      n++;
    }
    List<String> out = List.copyOf(ids);
    if (cited != null) {
      context.cites(out, cited);
    }
    return out;
  }

  /**
   * The positions among the call's claims of the claims clustered at {@code at}, or null when
   * those of the claims clustered are not known.
   */
  int[] callPositions(int[] at) {
    if (callAt == null) {
      return null;
    }
    int[] out = new int[at.length];
    for (int k = 0; k < at.length; k++) {
      out[k] = callAt[at[k]];
    }
    return out;
  }

  /**
   * The positions here of the claims at {@code callPositions} among the call's claims (in
   * increasing order), or null when the positions of the claims clustered are not known or some
   * claim is not among them.
   */
  int[] indices(int[] callPositions) {
    if (callAt == null) {
      return null;
    }
    int[] out = new int[callPositions.length];
    int from = 0;
    for (int k = 0; k < out.length; k++) {
      // Galloping from the last one found: cited claims are mostly near each other.
      int step = 1;
      int to = from;
      while (to < callAt.length && callAt[to] < callPositions[k]) {
        from = to + 1;
        to += step;
        step <<= 1;
      }
      int i = Arrays.binarySearch(callAt, from, Math.min(to + 1, callAt.length),
          callPositions[k]);
      if (i < 0) {
        return null;
      }
      out[k] = i;
      from = i + 1;
    }
    return out;
  }

  /**
   * Sorts positions below {@code n}: many of them (a large part of a group) by marking them and
   * reading the marks in order, which is linear; few, or any repeated, by sorting.
   */
  static void sortPositions(int[] at, int n) {
    if (at.length < 64 || at.length < n / 16) {
      Arrays.sort(at);
      return;
    }
    boolean[] marked = new boolean[n];
    for (int p : at) {
      if (marked[p]) {
        Arrays.sort(at);
        return;
      }
      marked[p] = true;
    }
    int k = 0;
    for (int p = 0; p < n; p++) {
      if (marked[p]) {
        at[k++] = p;
      }
    }
  }

  /** The common interval of a cluster, exactly. */
  Interval common(Cluster c) {
    return table.interval(c.lo2, c.hi2);
  }

  /** Compares two positions. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  /**
   * {@code a} sorted (the comparator orders every two positions, so the order is one): on two
   * threads when {@code parallel}, as two halves at once, merged from both ends at once.
   */
  static int[] sort(int[] a, IntComparator cmp, boolean parallel) {
    int n = a.length;
    int[] tmp = new int[n];
    if (!parallel) {
      mergeSort(a, tmp, 0, n, cmp);
      return a;
    }
    int mid = n / 2;
    InOrder.run(2, true, t -> {
      mergeSort(a, tmp, t == 0 ? 0 : mid, t == 0 ? mid : n, cmp);
      return null;
    });
    int[] out = tmp; // the scratch is free again
    int half = n / 2;
    InOrder.run(2, true, t -> {
      if (t == 0) {
        int i = 0;
        int j = mid;
        for (int k = 0; k < half; k++) {
          out[k] = j >= n || (i < mid && cmp.compare(a[i], a[j]) <= 0) ? a[i++] : a[j++];
        }
      } else {
        int i = mid - 1;
        int j = n - 1;
        for (int k = n - 1; k >= half; k--) {
          out[k] = i < 0 || (j >= mid && cmp.compare(a[i], a[j]) <= 0) ? a[j--] : a[i--];
        }
      }
      return null;
    });
    return out;
  }

  /** A stable merge sort of {@code a[from, to)}, with {@code tmp} as scratch of the same length. */
  static void mergeSort(int[] a, int[] tmp, int from, int to, IntComparator cmp) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, cmp);
    mergeSort(a, tmp, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  @Override
  public String toString() {
    return "Clusters{" + clusters.size() + " clusters}";
  }
}
