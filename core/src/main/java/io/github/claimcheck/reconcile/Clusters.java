package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Claims clustered by value: each cluster is a set of claims whose intervals share at least one
 * common number, found by one sort and one sweep (O(n log n)). Adjacent clusters disagree; a
 * {@link Split} holds, for two adjacent clusters, the claims of each that are disjoint from the
 * other's common interval, so a claim that agrees with both sides (such as "more than 10,000"
 * next to 10,000–12,000 and 15,000) is never cited as disagreeing.
 */
final class Clusters {

  /** A claim with its interval. */
  record Entry(Claim claim, Interval interval) {}

  /** Claims that share a common interval. */
  static final class Cluster {
    final List<Entry> entries;
    final Interval common;

    Cluster(List<Entry> entries, Interval common) {
      this.entries = Collections.unmodifiableList(entries);
      this.common = common;
    }

    List<Claim> claims() {
      List<Claim> out = new ArrayList<>(entries.size());
      entries.forEach(e -> out.add(e.claim()));
      return out;
    }

    /** Whether the claims come from at least two articles. */
    boolean multiArticle() {
      String first = entries.get(0).claim().articleId();
      for (Entry e : entries) {
        if (!e.claim().articleId().equals(first)) {
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

    Split(Cluster lowerCluster, Cluster higherCluster) {
      this.lowerCluster = lowerCluster;
      this.higherCluster = higherCluster;
      this.lower = disjoint(lowerCluster, higherCluster.common);
      this.higher = disjoint(higherCluster, lowerCluster.common);
    }

    private static List<Claim> disjoint(Cluster c, Interval other) {
      List<Claim> out = new ArrayList<>();
      for (Entry e : c.entries) {
        if (!e.interval().overlaps(other)) {
          out.add(e.claim());
        }
      }
      return out;
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

    /** The cited claim ids, sorted. */
    List<String> ids(List<Claim> extra) {
      List<String> ids = new ArrayList<>(lower.size() + higher.size() + extra.size());
      lower.forEach(c -> ids.add(c.id()));
      higher.forEach(c -> ids.add(c.id()));
      extra.forEach(c -> ids.add(c.id()));
      Collections.sort(ids);
      return ids;
    }
  }

  private static final Comparator<Entry> ORDER =
      (a, b) -> {
        int c = Interval.byBounds().compare(a.interval, b.interval);
        return c != 0 ? c : a.claim.id().compareTo(b.claim.id());
      };

  final List<Cluster> clusters;
  final List<Split> splits;

  private Clusters(List<Cluster> clusters) {
    this.clusters = Collections.unmodifiableList(clusters);
    List<Split> s = new ArrayList<>(Math.max(0, clusters.size() - 1));
    for (int i = 1; i < clusters.size(); i++) {
      s.add(new Split(clusters.get(i - 1), clusters.get(i)));
    }
    this.splits = Collections.unmodifiableList(s);
  }

  static Clusters of(List<Claim> claims, RuleContext context) {
    List<Entry> entries = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      entries.add(new Entry(c, context.interval(c)));
    }
    entries.sort(ORDER);
    List<Cluster> clusters = new ArrayList<>();
    List<Entry> current = new ArrayList<>();
    Interval common = null;
    for (Entry e : entries) {
      if (common != null) {
        var meet = common.intersection(e.interval());
        if (meet.isPresent()) {
          common = meet.get();
          current.add(e);
          continue;
        }
        clusters.add(new Cluster(current, common));
        current = new ArrayList<>();
      }
      current.add(e);
      common = e.interval();
    }
    if (common != null) {
      clusters.add(new Cluster(current, common));
    }
    return new Clusters(clusters);
  }
}
