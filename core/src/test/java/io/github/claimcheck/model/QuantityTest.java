package io.github.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void boundsAreCanonicalSoEqualValuesAreEqual() {
    assertThat(Quantity.exact(new BigDecimal("1.500E+3"))).isEqualTo(Quantity.exact(1500));
    assertThat(Quantity.exact(new BigDecimal("2.50")).low()).contains(new BigDecimal("2.5"));
    assertThat(Quantity.exact(new BigDecimal("1E+3")).low().orElseThrow().scale()).isZero();
  }

  @Test
  void kindsHaveTheirIntervals() {
    assertThat(Quantity.greaterThan(10_000).high()).isEmpty();
    assertThat(Quantity.greaterThan(10_000).lowInclusive()).isFalse();
    assertThat(Quantity.atMost(9_000_000).low()).isEmpty();
    assertThat(Quantity.atMost(9_000_000).highInclusive()).isTrue();
    assertThat(Quantity.vague(1000, 9999).kind()).isEqualTo(QuantityKind.APPROXIMATE);
    assertThat(Quantity.vague(1000, 9999).isVague()).isTrue();
    assertThat(Quantity.vague(1000, 9999).isPoint()).isFalse();
    assertThat(Quantity.approximately(600).isPoint()).isTrue();
  }

  @Test
  void hedgingARangeKeepsItsKindAndAnExactFigureBecomesApproximate() {
    assertThat(Quantity.range(10_000, 12_000).hedged().kind()).isEqualTo(QuantityKind.RANGE);
    assertThat(Quantity.range(10_000, 12_000).hedged().isHedged()).isTrue();
    assertThat(Quantity.exact(600).hedged()).isEqualTo(Quantity.approximately(600));
  }

  @Test
  void valuesPastLongAreKeptExactly() {
    BigDecimal huge = new BigDecimal("10000000000000000000000");
    assertThat(Quantity.exact(huge).low()).contains(huge);
    assertThat(Quantity.exact(huge).scaledBy(BigDecimal.TEN).low())
        .contains(new BigDecimal("100000000000000000000000"));
  }

  @Test
  void rejectsInvertedBounds() {
    assertThatThrownBy(() -> Quantity.range(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5")
        .hasMessageContaining("3");
  }

  @Test
  void printsCompactly() {
    assertThat(Quantity.approximately(600)).hasToString("≈600");
    assertThat(Quantity.range(10_000, 12_000)).hasToString("10000–12000");
    assertThat(Quantity.greaterThan(10_000)).hasToString(">10000");
    assertThat(Quantity.atMost(9_000_000)).hasToString("≤9000000");
    assertThat(Quantity.vague(1000, 9999)).hasToString("≈1000–9999");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Quantity.exact(600), Quantity.exact(new BigDecimal("600.0")))
        .addEqualityGroup(Quantity.approximately(600))
        .addEqualityGroup(Quantity.atLeast(600))
        .addEqualityGroup(Quantity.greaterThan(600))
        .addEqualityGroup(Quantity.range(600, 700))
        .testEquals();
  }

  @Test
  void boundsReadAsTheirSymbols() {
    assertThat(Quantity.atLeast(5)).hasToString("≥5");
    assertThat(Quantity.greaterThan(5)).hasToString(">5");
    assertThat(Quantity.atMost(5)).hasToString("≤5");
    assertThat(Quantity.lessThan(5)).hasToString("<5");
    assertThat(Quantity.atMost(9_000_000).toGroupedString()).isEqualTo("≤9,000,000");
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(Quantity.class);
  }

  @Test
  void hashCodeIsThatOfItsFieldsInOrder() {
    // Sets and maps of values keep one iteration order across releases only if the hash does.
    for (Quantity q : java.util.List.of(Quantity.exact(600), Quantity.approximately(600),
        Quantity.range(10_000, 12_000).hedged(), Quantity.atLeast(10_000),
        Quantity.lessThan(9_000_000), Quantity.vague(1000, 9999),
        Quantity.exact(new BigDecimal("2.5")))) {
      assertThat(q.hashCode()).as(q.toString()).isEqualTo(java.util.Objects.hash(q.kind(),
          q.low().orElse(null), q.high().orElse(null), q.lowInclusive(), q.highInclusive(),
          q.isVague(), q.isHedged()));
    }
  }
}
