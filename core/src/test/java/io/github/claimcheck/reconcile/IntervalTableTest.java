package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The longs of {@link IntervalTable} say what {@link Interval} says: the same overlaps, the same
 * order, the same sums and the same exact intervals, scaled or ranked.
 */
class IntervalTableTest {

  @Property(tries = 300)
  void theTableAgreesWithTheIntervals(
      @ForAll("quantities") List<Quantity> values, @ForAll("tolerances") double tolerance) {
    RuleContext ctx = new RuleContext(RuleSet.defaults().withTolerance("p", tolerance), Map.of());
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      claims.add(TestClaims.claim(String.format("c%03d", i), "a", "p", "s", values.get(i)).build());
    }
    IntervalTable t = IntervalTable.of(claims, ctx);
    IntervalTable halves = IntervalTable.of(claims, ctx, true); // two halves read at once
    assertThat(halves.lo2).containsExactly(t.lo2);
    assertThat(halves.hi2).containsExactly(t.hi2);
    assertThat(halves.scaled()).isEqualTo(t.scaled());
    for (int i = 0; i < claims.size(); i++) {
      Interval a = ctx.interval(claims.get(i));
      assertThat(t.interval(t.lo2[i], t.hi2[i])).isEqualTo(a);
      for (int j = 0; j < claims.size(); j++) {
        Interval b = ctx.interval(claims.get(j));
        assertThat(IntervalTable.overlaps(t.lo2[i], t.hi2[i], t.lo2[j], t.hi2[j]))
            .as("%s, %s", a, b).isEqualTo(a.overlaps(b));
        int c = Long.compare(t.lo2[i], t.lo2[j]);
        c = c != 0 ? c : Long.compare(t.hi2[i], t.hi2[j]);
        assertThat(Integer.signum(c)).as("%s, %s", a, b)
            .isEqualTo(Integer.signum(Interval.byBounds().compare(a, b)));
        if (t.scaled()) {
          assertThat(t.interval(IntervalTable.sumLower(t.lo2[i], t.lo2[j]),
                  IntervalTable.sumUpper(t.hi2[i], t.hi2[j])))
              .as("%s + %s", a, b).isEqualTo(a.plus(b));
        }
      }
    }
  }

  @Test
  void figuresBeyondSixtyBitsAreRankedAndStillExact() {
    RuleContext ctx = new RuleContext(RuleSet.defaults(), Map.of());
    // (not whole thousands, which are compared as rounded figures)
    BigDecimal one = BigDecimal.ONE;
    List<Claim> claims = List.of(
        TestClaims.claim("a", "a", "p", "s", Quantity.exact(new BigDecimal("1E+30").add(one))).build(),
        TestClaims.claim("b", "a", "p", "s", Quantity.exact(new BigDecimal("1.0000001E+30").add(one))).build(),
        TestClaims.claim("c", "a", "p", "s", Quantity.greaterThan(new BigDecimal("1E+30").add(one))).build());
    IntervalTable t = IntervalTable.of(claims, ctx);
    assertThat(t.scaled()).isFalse();
    assertThat(IntervalTable.overlaps(t.lo2[0], t.hi2[0], t.lo2[1], t.hi2[1])).isFalse();
    assertThat(IntervalTable.overlaps(t.lo2[1], t.hi2[1], t.lo2[2], t.hi2[2])).isTrue();
    // "more than" counts its bound in when compared
    assertThat(IntervalTable.overlaps(t.lo2[0], t.hi2[0], t.lo2[2], t.hi2[2])).isTrue();
    assertThat(t.interval(t.lo2[2], t.hi2[2]).toString())
        .isEqualTo("[1000000000000000000000000000001, ∞)");
  }

  @Provide
  Arbitrary<Double> tolerances() {
    return Arbitraries.of(0.0, 0.1, 0.15, 0.333, 0.5);
  }

  @Provide
  Arbitrary<List<Quantity>> quantities() {
    Arbitrary<BigDecimal> n = Arbitraries.oneOf(
        Arbitraries.integers().between(-50, 2000).map(BigDecimal::valueOf),
        Arbitraries.integers().between(0, 999).map(i -> BigDecimal.valueOf(i, 2)),
        Arbitraries.of(new BigDecimal("1E+25"), new BigDecimal("123456789012345678")));
    Arbitrary<Integer> width = Arbitraries.integers().between(0, 300);
    Arbitrary<Quantity> q = Combinators.combine(n, width, Arbitraries.integers().between(0, 8))
        .as((v, w, kind) -> {
          BigDecimal hi = v.add(BigDecimal.valueOf(w));
          switch (kind) {
            case 0: return Quantity.exact(v);
            case 1: return Quantity.approximately(v);
            case 2: return Quantity.vague(v, hi);
            case 3: return Quantity.range(v, hi);
            case 4: return Quantity.range(v, hi).hedged();
            case 5: return Quantity.atLeast(v);
            case 6: return Quantity.greaterThan(v);
            case 7: return Quantity.atMost(v);
            default: return Quantity.lessThan(v);
          }
        });
    return q.list().ofMinSize(1).ofMaxSize(12);
  }
}
