package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Interval;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** User-written rules through the public SPI only. */
class CustomRuleTest {

  private static final List<Claim> CLAIMS =
      List.of(
          claim("a#1", "a", "killed", "people", Quantity.exact(120)).attribution("police").build(),
          claim("b#1", "b", "killed", "people", Quantity.exact(131)).attribution("BPBD").build());

  private static final Map<String, io.github.claimcheck.model.ArticleInfo> ARTICLES =
      articles(article("a", "Harian A", "2025-10-02", "flood"),
          article("b", "Warta B", "2025-10-02", "flood"));

  /** Explains any disagreement between police and BPBD as a known counting difference. */
  private static final Rule COUNTING_METHODS = new Rule() {
    @Override
    public String name() {
      return "counting-methods";
    }

    @Override
    public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
      List<Claim> totals = group.totals();
      if (totals.size() < 2 || !ctx.story(totals.get(0).articleId()).equals("flood")) {
        return List.of();
      }
      return List.of(Finding.of(name(), Verdict.EXPLAINED, group.predicate(), group.subject(),
          totals.stream().map(Claim::id).collect(Collectors.toList()),
          "Police and BPBD count differently: "
              + totals.stream().map(ctx::describe).collect(Collectors.joining(" vs ")) + "."));
    }
  };

  @Test
  void explainingRuleSupersedesTheConflictWithoutKnowingAboutIt() {
    List<Finding> findings =
        Reconciler.of(RuleSet.defaults().with(COUNTING_METHODS)).reconcile(CLAIMS, ARTICLES);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("counting-methods");
      assertThat(f.explanation()).isEqualTo("Police and BPBD count differently: 120 (Harian A,"
          + " police, as of 2 Oct 2025) vs 131 (Warta B, BPBD, as of 2 Oct 2025).");
    });
  }

  @Test
  void claimSetRuleSeesAllClaimsSortedById() {
    ClaimSetRule count = new ClaimSetRule() {
      @Override
      public String name() {
        return "count";
      }

      @Override
      public List<Finding> evaluateAll(List<Claim> claims, RuleContext ctx) {
        Claim first = claims.get(0);
        return List.of(Finding.of(name(), Verdict.AGREEMENT, first.predicate(), first.subject(),
            List.of(first.id()), claims.size() + " claims"));
      }
    };
    List<Claim> reversed = List.of(CLAIMS.get(1), CLAIMS.get(0));
    assertThat(Reconciler.of(RuleSet.builder().add(count).build()).reconcile(reversed, ARTICLES))
        .singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1"));
  }

  @Test
  void ruleFailuresAndForeignCitationsFailClearly() {
    Rule throwing = new Rule() {
      @Override
      public String name() {
        return "boom";
      }

      @Override
      public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
        throw new UnsupportedOperationException("nope");
      }
    };
    assertThatThrownBy(() -> Reconciler.of(RuleSet.builder().add(throwing).build())
            .reconcile(CLAIMS, ARTICLES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule 'boom' failed")
        .hasCauseInstanceOf(UnsupportedOperationException.class);

    Rule foreign = new Rule() {
      @Override
      public String name() {
        return "foreign";
      }

      @Override
      public List<Finding> evaluate(ClaimGroup group, RuleContext ctx) {
        return List.of(Finding.of(name(), Verdict.CONFLICT, "p", "s", List.of("zzz"), "x"));
      }
    };
    assertThatThrownBy(() -> Reconciler.of(RuleSet.builder().add(foreign).build())
            .reconcile(CLAIMS, ARTICLES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cites claim 'zzz'");
  }

  @Test
  void duplicateClaimIdsAreRejected() {
    assertThatThrownBy(() -> Reconciler.standard()
            .reconcile(List.of(CLAIMS.get(0), CLAIMS.get(0)), ARTICLES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate claim id 'a#1'");
  }

  @Test
  void contextGivesEffectiveTimeAndIntervals() {
    RuleContext ctx = new RuleContext(RuleSet.defaults(), ARTICLES);
    assertThat(ctx.effectiveTime(CLAIMS.get(0))).contains(TestClaims.day("2025-10-02"));
    assertThat(ctx.effectiveTime(claim("x", "unknown", "killed", "people", Quantity.exact(1))
        .build())).isEmpty();
    assertThat(ctx.interval(claim("x", "a", "killed", "people", Quantity.approximately(600))
        .build()))
        .isEqualTo(Interval.closed(java.math.BigDecimal.valueOf(540),
            java.math.BigDecimal.valueOf(660)));
    assertThat(ctx.subjectLabel(SubjectKey.parse("north_korea:soldiers"))).isEqualTo("North Korean soldiers");
    assertThat(ctx.subjectLabel(SubjectKey.parse("garut_flood:evacuees"))).isEqualTo("garut flood evacuees");
  }
}
