package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Quantity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The time table answers what the context answers for the same claims. */
class TimeTableTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  @Test
  void allBeforeOnPositionsIsAllBeforeOnClaims() {
    allBeforeOnPositionsIsAllBeforeOnClaims(false);
  }

  /** The same, with the articles' numbers and info taken from the call's columns. */
  @Test
  void allBeforeOnColumnsIsAllBeforeOnClaims() {
    allBeforeOnPositionsIsAllBeforeOnClaims(true);
  }

  private static void allBeforeOnPositionsIsAllBeforeOnClaims(boolean columns) {
    SplittableRandom r = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      Map<String, ArticleInfo> articles = Map.of(
          "a0", TestClaims.article("a0", "Harian A", "2025-03-10"),
          "a1", TestClaims.article("a1", "Warta B", "2025-03-11"),
          "a2", TestClaims.article("a2", "Kabar C", null));
      List<Claim> claims = new ArrayList<>();
      int n = 1 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        claims.add(randomClaim(r, i));
      }
      List<Claim> call = new ArrayList<>(claims);
      call.sort(ClaimGroup.BY_ID);
      RuleContext ctx = columns
          ? new RuleContext(RuleSet.defaults(), articles, n, 1, true, call)
          : new RuleContext(RuleSet.defaults(), articles);
      assertThat(ctx.columnsFor(claims) != null).isEqualTo(columns);
      TimeTable t = TimeTable.of(claims, ctx);
      for (int k = 0; k < 20; k++) {
        int[] a = positions(r, n);
        int[] b = positions(r, n);
        List<Claim> x = at(claims, a);
        List<Claim> y = at(claims, b);
        assertThat(t.allBefore(a, b)).as("allBefore %s %s", x, y).isEqualTo(ctx.allBefore(x, y));
        assertThat(t.allBeforeDated(a, b)).as("allBeforeDated %s %s", x, y)
            .isEqualTo(ctx.allBeforeDated(x, y));
      }
      Set<String> articleIds = new HashSet<>();
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
        articleIds.add(claims.get(i).articleId());
      }
      BitSet seen = t.articlesOf(all);
      assertThat(seen.cardinality()).isEqualTo(articleIds.size()).isEqualTo(t.articles());
      for (int i = 0; i < n; i++) {
        assertThat(t.ordinal(claims.get(i).articleId())).isEqualTo(t.article(i));
      }
      assertThat(t.ordinal("no such article")).isEqualTo(-1);
    }
  }

  private static Claim randomClaim(SplittableRandom r, int i) {
    Claim.Builder b = TestClaims.claim("c" + i, "a" + r.nextInt(3), "killed", "people",
        Quantity.exact(100 + r.nextInt(5)));
    switch (r.nextInt(4)) {
      case 0 -> { } // the article's date, or none
      case 1 -> b.when(DateValue.day(DAY.plusDays(r.nextInt(3))));
      case 2 -> b.when(DateValue.of(DAY.minusDays(r.nextInt(3)), DAY.plusDays(r.nextInt(3)),
          Granularity.DAY));
      default -> {
        b.when(DateValue.day(DAY.plusDays(r.nextInt(2))));
        LocalTime time = LocalTime.of(8 + r.nextInt(12), 0);
        b.clock(r.nextBoolean() ? ClockTime.of(time) : ClockTime.of(time, ZoneOffset.ofHours(7)),
            time.toString());
      }
    }
    if (r.nextInt(6) == 0) {
      b.flag(ClaimFlag.EARLIER);
    }
    return b.build();
  }

  private static int[] positions(SplittableRandom r, int n) {
    int k = r.nextInt(Math.min(n, 4) + 1);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = r.nextInt(n);
    }
    return out;
  }

  private static List<Claim> at(List<Claim> claims, int[] at) {
    List<Claim> out = new ArrayList<>();
    for (int i : at) {
      out.add(claims.get(i));
    }
    return out;
  }
}
