package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileRuleSetTest {

  private static Rule named(String name) {
    return new Rule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Finding> evaluate(ClaimGroup group, RuleContext context) {
        return List.of();
      }
    };
  }

  @Test
  void defaultsListTheBuiltInRulesInOrder() {
    assertThat(RuleSet.defaults().ruleNames())
        .containsExactly("weekday-mismatch", "within-article", "parts-and-totals",
            "addition-explains",
            "growth-over-time", "value-conflict", "agreement");
    assertThat(RuleSet.defaults().tolerance("killed")).isEqualTo(0.10);
    assertThat(RuleSet.defaults().isCumulative("deployed")).isTrue();
    assertThat(RuleSet.defaults().isCumulative("signed")).isFalse();
  }

  @Test
  void unknownRuleNameFailsWithTheKnownNames() {
    assertThatThrownBy(() -> RuleSet.defaults().without("value-conflicts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule 'value-conflicts'")
        .hasMessageContaining("value-conflict");
  }

  @Test
  void negativeOrNanToleranceFails() {
    assertThatThrownBy(() -> RuleSet.defaults().withTolerance("shipped", -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tolerance for 'shipped'")
        .hasMessageContaining("-0.1");
    assertThatThrownBy(() -> RuleSet.defaults().withTolerance("shipped", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.builder().defaultTolerance(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default tolerance");
  }

  @Test
  void ruleAddedTwiceFails() {
    assertThatThrownBy(() -> RuleSet.defaults().with(named("agreement")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'agreement' is already in the rule set");
    assertThatThrownBy(() -> RuleSet.builder().add(named("x")).add(named("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.builder().add(named(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void settingTheSameToleranceTwiceOnABuilderFails() {
    assertThatThrownBy(() -> RuleSet.builder().tolerance("shipped", 0.2).tolerance("shipped", 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance for 'shipped' is already set");
  }

  @Test
  void adjustmentsReturnNewSetsAndLeaveTheOriginalAlone() {
    RuleSet base = RuleSet.defaults();
    RuleSet adjusted =
        base.without("agreement").withTolerance("shipped", 0.2).withTolerance("shipped", 0.25)
            .with(named("mine")).withCumulative("arrested").withDefaultTolerance(0.05);
    assertThat(base.ruleNames()).contains("agreement").doesNotContain("mine");
    assertThat(base.tolerance("shipped")).isEqualTo(0.10);
    assertThat(adjusted.ruleNames()).doesNotContain("agreement").endsWith("mine");
    assertThat(adjusted.tolerance("shipped")).isEqualTo(0.25);
    assertThat(adjusted.tolerance("killed")).isEqualTo(0.05);
    assertThat(adjusted.isCumulative("arrested")).isTrue();
    assertThat(adjusted.rule("mine")).isPresent();
    assertThat(adjusted.rules()).isUnmodifiable();
  }

  @Test
  void builderStartsEmptyAndCanAddTheDefaults() {
    assertThat(RuleSet.builder().build().rules()).isEmpty();
    assertThat(RuleSet.builder().addDefaults().build().ruleNames())
        .isEqualTo(RuleSet.defaults().ruleNames());
  }
}
