package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Clusters on the interval table are the clusters the intervals themselves give. */
class ClustersTest {

  /** A new context per round: it caches intervals by claim id, and the rounds reuse ids. */
  private RuleContext ctx;

  @Test
  void theSameClustersAndSplitsAsASweepOverIntervals() {
    SplittableRandom r = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      ctx = new RuleContext(RuleSet.defaults(), Map.of());
      List<Claim> claims = new ArrayList<>();
      int n = 1 + r.nextInt(30);
      for (int i = 0; i < n; i++) {
        long v = 100 + r.nextInt(40);
        Quantity q = switch (r.nextInt(5)) {
          case 0 -> Quantity.approximately(v);
          case 1 -> Quantity.greaterThan(v);
          case 2 -> Quantity.lessThan(v);
          case 3 -> Quantity.range(v, v + r.nextInt(10));
          default -> Quantity.exact(v);
        };
        claims.add(TestClaims.claim(String.format("c%02d", i), "a" + r.nextInt(3), "killed",
            "people", q).build());
      }
      if (round % 2 == 1) {
        Collections.shuffle(claims, new java.util.Random(round));
      }
      Clusters c = Clusters.of(claims, ctx);
      List<List<Claim>> expected = reference(claims);
      List<List<Claim>> actual = new ArrayList<>();
      c.clusters.forEach(k -> actual.add(k.claims()));
      assertThat(actual).isEqualTo(expected);
      for (int k = 0; k < c.splits.size(); k++) {
        Interval above = common(expected.get(k + 1));
        List<Claim> lower = new ArrayList<>();
        expected.get(k).stream().filter(x -> !ctx.interval(x).overlaps(above)).forEach(lower::add);
        assertThat(c.splits.get(k).lower).isEqualTo(lower);
        assertThat(c.common(c.clusters.get(k))).isEqualTo(common(expected.get(k)));
      }
    }
  }

  /**
   * Ids cited by clusters of a part of the call's claims are noted with the positions of those
   * claims among the call's, the positions their ids would be found at.
   */
  @Test
  void notesThePositionsOfTheClaimsCitedAmongTheCallsClaims() {
    SplittableRandom r = new SplittableRandom(5);
    List<Claim> call = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      call.add(TestClaims.claim(String.format("c%02d", i), "a" + i / 2, "killed", "people",
          Quantity.exact(100 + 10 * r.nextInt(4))).build());
    }
    RuleContext context = new RuleContext(RuleSet.defaults(), Map.of(), call.size(), 1, true, call);
    List<Claim> part = new ArrayList<>();
    List<Claim> others = new ArrayList<>();
    for (int i = 0; i < call.size(); i++) {
      (i % 3 == 0 ? others : part).add(call.get(i));
    }
    Clusters c = Clusters.of(part, true, context, context.columns().positions(part));
    assertThat(c.splits).isNotEmpty();
    for (Clusters.Split s : c.splits) {
      for (List<Claim> extra : List.of(List.<Claim>of(), List.of(others.get(r.nextInt(20))),
          List.of(part.get(0), others.get(0)))) {
        List<String> ids = s.ids(extra);
        int[] expected = new int[ids.size()];
        for (int k = 0; k < ids.size(); k++) {
          expected[k] = context.columns().position(ids.get(k), -1);
        }
        assertThat(context.citedAt(ids)).as("%s", ids).containsExactly(expected);
      }
      // a claim that is not one of the call's: nothing noted
      Claim stranger = TestClaims.claim("c00", "a0", "killed", "people", Quantity.exact(1)).build();
      assertThat(context.citedAt(s.ids(List.of(stranger)))).isNull();
    }
    for (Clusters.Cluster k : c.clusters) {
      assertThat(context.citedAt(c.ids(k.at.clone()))).hasSize(k.at.length);
    }
  }

  /**
   * Clusters of a large part of the call's claims, noted with their positions: some of those
   * claims are found there by their positions among the call's, and clustered from the noted
   * intervals as from the claims themselves.
   */
  @Test
  void someOfThePositionedClaimsClusterFromTheirNotedIntervalsAsFromTheClaims() {
    SplittableRandom r = new SplittableRandom(11);
    List<Claim> call = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      Quantity q = switch (r.nextInt(3)) {
        case 0 -> Quantity.exact(100 + 10 * r.nextInt(5));
        case 1 -> Quantity.approximately(100 + 10 * r.nextInt(5));
        default -> Quantity.atLeast(90 + 10 * r.nextInt(5));
      };
      call.add(TestClaims.claim(String.format("c%02d", i), "a" + i / 2, "killed", "people", q)
          .build());
    }
    RuleContext context = new RuleContext(RuleSet.defaults(), Map.of(), call.size(), 1, true, call);
    List<Claim> part = new ArrayList<>();
    for (int i = 0; i < call.size(); i++) {
      if (i % 4 != 0) {
        part.add(call.get(i));
      }
    }
    Clusters whole = Clusters.of(part, true, context, context.columns().positions(part));
    context.positioned(whole); // as a large group of one scope notes its totals' clusters
    List<Claim> some = new ArrayList<>();
    for (int i = 0; i < part.size(); i += 1 + r.nextInt(3)) {
      some.add(part.get(i));
    }
    int[] at = context.columns().positions(some);
    Clusters.Within within = context.positionedWithin(at);
    assertThat(within).isNotNull();
    assertThat(within.clusters()).isSameAs(whole);
    for (int k = 0; k < some.size(); k++) {
      assertThat(part.get(within.index()[k])).isSameAs(some.get(k));
    }
    Clusters fromTable = Clusters.of(some, true, context, null,
        whole.table.subset(within.index()));
    Clusters fromClaims = Clusters.of(some, true, context);
    assertThat(fromTable.clusters).hasSameSizeAs(fromClaims.clusters);
    for (int k = 0; k < fromClaims.clusters.size(); k++) {
      assertThat(fromTable.clusters.get(k).claims())
          .containsExactlyElementsOf(fromClaims.clusters.get(k).claims());
    }
    // a claim of the call outside the part: no noted clusters hold it
    assertThat(context.positionedWithin(new int[] {0})).isNull();
  }

  /** Positions are sorted alike by marks (many) or by a sort (few, or repeated). */
  @Test
  void positionsSortAlikeByMarksOrBySort() {
    SplittableRandom r = new SplittableRandom(9);
    for (int round = 0; round < 100; round++) {
      int n = 1 + r.nextInt(5000);
      int m = r.nextInt(n + 1);
      int[] at = new int[m];
      for (int k = 0; k < m; k++) {
        at[k] = r.nextInt(4) == 0 && k > 0 ? at[r.nextInt(k)] : r.nextInt(n); // some repeated
      }
      int[] expected = at.clone();
      java.util.Arrays.sort(expected);
      Clusters.sortPositions(at, n);
      assertThat(at).containsExactly(expected);
    }
    int[] distinct = new int[3000]; // marked: many distinct positions of 4,000
    for (int k = 0; k < distinct.length; k++) {
      distinct[k] = (k * 7919) % 4000;
    }
    int[] expected = distinct.clone();
    java.util.Arrays.sort(expected);
    Clusters.sortPositions(distinct, 4000);
    assertThat(distinct).containsExactly(expected);
  }

  /** Sorting on two threads (halves, merged from both ends) gives the order of one thread. */
  @Test
  void sortingOnTwoThreadsGivesTheOrderOfOne() {
    SplittableRandom r = new SplittableRandom(3);
    for (int n : new int[] {2, 3, 17, 1000, 4097}) {
      long[] key = new long[n];
      for (int i = 0; i < n; i++) {
        key[i] = r.nextInt(Math.max(2, n / 10)); // many ties, broken by position
      }
      Clusters.IntComparator cmp = (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b])
          : Integer.compare(a, b);
      int[] one = new int[n];
      int[] two = new int[n];
      for (int i = 0; i < n; i++) {
        one[i] = i;
        two[i] = n - 1 - i;
      }
      int[] expected = Clusters.sort(one, cmp, false);
      assertThat(Clusters.sort(two, cmp, true)).as("n=%d", n).containsExactly(expected);
      for (int i = 1; i < n; i++) {
        assertThat(cmp.compare(expected[i - 1], expected[i])).isNegative();
      }
    }
  }

  /** The sweep over interval objects, by bounds then id. */
  private List<List<Claim>> reference(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing((Claim x) -> ctx.interval(x), Interval.byBounds())
        .thenComparing(Claim::id));
    List<List<Claim>> out = new ArrayList<>();
    Interval common = null;
    for (Claim x : sorted) {
      Optional<Interval> meet = common == null ? Optional.empty()
          : common.intersection(ctx.interval(x));
      if (meet.isPresent()) {
        common = meet.get();
        out.get(out.size() - 1).add(x);
      } else {
        common = ctx.interval(x);
        out.add(new ArrayList<>(List.of(x)));
      }
    }
    return out;
  }

  private Interval common(List<Claim> cluster) {
    Interval c = ctx.interval(cluster.get(0));
    for (Claim x : cluster) {
      c = c.intersection(ctx.interval(x)).orElseThrow();
    }
    return c;
  }

  @Test
  void sortingTwiceTheClaimsCostsLittleMoreThanTwiceTheComparisons() {
    long atN = comparisons(50_000);
    long at2n = comparisons(100_000);
    // n log n: the ratio is 2 · log(2n) / log(n), about 2.13 here; a quadratic sort gives 4
    assertThat((double) at2n / atN).isBetween(1.9, 2.3);
  }

  private static long comparisons(int n) {
    SplittableRandom r = new SplittableRandom(n);
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = r.nextInt(1000);
      order[i] = i;
    }
    long[] count = {0};
    Clusters.mergeSort(order, new int[n], 0, n, (a, b) -> {
      count[0]++;
      int c = Long.compare(keys[a], keys[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int i = 1; i < n; i++) {
      assertThat(keys[order[i - 1]] <= keys[order[i]]).isTrue();
      if (keys[order[i - 1]] == keys[order[i]]) {
        assertThat(order[i - 1]).isLessThan(order[i]); // stable
      }
    }
    return count[0];
  }
}
