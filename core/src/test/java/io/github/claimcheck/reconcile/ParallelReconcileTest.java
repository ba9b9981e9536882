package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Spreading a call over threads (the rules of one group at once, claim-set rules beside group
 * rules, the likely-value contests) finds exactly what one thread finds.
 */
class ParallelReconcileTest {

  private static final LocalDate DAY = LocalDate.of(2025, 5, 9);

  @Test
  void theSameFindingsSourcesAndProblemsOnOneThreadOrSeveral() {
    Input in = input(3_000, 21);
    Reconciliation one = Reconciler.of(RuleSet.defaults(), Integer.MAX_VALUE).run(in.claims,
        in.articles);
    Reconciliation many = Reconciler.of(RuleSet.defaults(), 1).run(in.claims, in.articles);
    assertThat(one.findings()).isNotEmpty();
    assertThat(project(many.findings())).isEqualTo(project(one.findings()));
    assertThat(many.sources()).isEqualTo(one.sources());
    assertThat(many.problems()).isEqualTo(one.problems());
  }

  @Test
  void aFailingRuleCostsTheSameOnSeveralThreads() {
    Input in = input(500, 5);
    RuleSet rules = RuleSet.defaults().with(Rules.of("fails-on-killed", (g, c) -> {
      if (g.predicate().equals("killed")) {
        throw new IllegalStateException("no killed here");
      }
      return List.of();
    }));
    Reconciliation one = Reconciler.of(rules, Integer.MAX_VALUE).run(in.claims, in.articles);
    Reconciliation many = Reconciler.of(rules, 1).run(in.claims, in.articles);
    assertThat(one.problems()).isNotEmpty();
    assertThat(many.problems()).isEqualTo(one.problems());
    assertThat(project(many.findings())).isEqualTo(project(one.findings()));

    RuleSet fast = rules.withFailFast(true);
    String message = null;
    try {
      Reconciler.of(fast, Integer.MAX_VALUE).run(in.claims, in.articles);
    } catch (IllegalStateException e) {
      message = e.getMessage();
      assertThat(e.getCause()).hasMessage("no killed here");
    }
    assertThat(message).isNotNull();
    assertThatThrownBy(() -> Reconciler.of(fast, 1).run(in.claims, in.articles))
        .isInstanceOf(IllegalStateException.class).hasMessage(message)
        .cause().hasMessage("no killed here");
  }

  @Test
  void badInputFailsTheSameOnOneThreadOrSeveral() {
    Input in = input(50, 3);
    List<Claim> twice = new ArrayList<>(in.claims);
    twice.add(5, in.claims.get(40));
    twice.add(in.claims.get(2)); // a second duplicate, later in the input
    List<Claim> withNull = new ArrayList<>(in.claims);
    withNull.add(7, null);
    List<Claim> duplicateThenNull = new ArrayList<>(twice);
    duplicateThenNull.add(null);
    for (int from : new int[] {1, Integer.MAX_VALUE}) {
      Reconciler r = Reconciler.of(RuleSet.defaults(), from);
      assertThatThrownBy(() -> r.run(twice, in.articles))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("duplicate claim id '" + in.claims.get(40).id() + "'");
      assertThatThrownBy(() -> r.run(withNull, in.articles))
          .isInstanceOf(NullPointerException.class).hasMessage("claim");
      assertThatThrownBy(() -> r.run(duplicateThenNull, in.articles))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void builtInRulesCiteOnlyTheClaimsTheyAreGiven() {
    // The reconciler does not check what built-in rules cite (see BuiltInRule): this does.
    Input in = input(3_000, 22);
    List<Claim> all = new ArrayList<>(in.claims);
    all.sort(ClaimGroup.BY_ID);
    RuleContext ctx = new RuleContext(RuleSet.defaults(), in.articles);
    Set<String> allIds = ids(all);
    int cited = 0;
    for (Rule rule : RuleSet.defaults().rules()) {
      assertThat(rule).isInstanceOf(BuiltInRule.class);
      if (rule instanceof ClaimSetRule s) {
        for (Finding f : s.evaluateAll(all, ctx)) {
          assertThat(allIds).containsAll(f.claimIds());
          cited += f.claimIds().size();
        }
        continue;
      }
      for (ClaimGroup g : Grouping.groups(all, ctx)) {
        Set<String> groupIds = ids(g.claims());
        for (Finding f : rule.evaluate(g, ctx)) {
          assertThat(f).isNotNull();
          assertThat(groupIds).as(rule.name()).containsAll(f.claimIds());
          cited += f.claimIds().size();
        }
      }
    }
    assertThat(cited).isGreaterThan(1_000);
  }

  private static Set<String> ids(List<Claim> claims) {
    Set<String> out = new HashSet<>();
    claims.forEach(c -> out.add(c.id()));
    return out;
  }

  private record Input(List<Claim> claims, Map<String, ArticleInfo> articles) {}

  /** Claims of a few large groups: agreed figures, later and wrong ones, additions, parts. */
  private static Input input(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Claim> claims = new ArrayList<>();
    Map<String, ArticleInfo> articles = new HashMap<>();
    String[] predicates = {"killed", "missing", "displaced"};
    for (int i = 0; i < n; i++) {
      String article = "a" + (i / 2);
      LocalDate published = DAY.plusDays(r.nextInt(4));
      articles.computeIfAbsent(article, a -> TestClaims.article(a, "outlet-" + r.nextInt(30),
          published.toString(), "flood"));
      String predicate = predicates[r.nextInt(predicates.length)];
      int p = r.nextInt(100);
      long v = p < 70 ? 1200 : p < 90 ? 1201 + r.nextInt(60) : 600 + r.nextInt(10);
      Quantity q = switch (r.nextInt(4)) {
        case 0 -> Quantity.approximately(v);
        case 1 -> Quantity.atLeast(v);
        default -> Quantity.exact(v);
      };
      Claim.Builder b = TestClaims.claim(String.format("c%05d", i), article, predicate, "people", q)
          .unit("people")
          .attribution("source " + r.nextInt(12));
      if (r.nextInt(3) > 0) {
        b.when(DateValue.day(published.minusDays(r.nextInt(2))));
      }
      int f = r.nextInt(100);
      if (f < 5) {
        b.flag(ClaimFlag.ADDITION);
      } else if (f < 8) {
        b.flag(ClaimFlag.EARLIER);
      } else if (f < 12) {
        int d = r.nextInt(3);
        b.scope(Scope.place("district_" + d, "District " + d));
      }
      claims.add(b.build());
    }
    return new Input(claims, articles);
  }

  private static List<List<Object>> project(List<Finding> findings) {
    List<List<Object>> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(List.of(f.rule(), f.verdict(), f.predicate(), f.subject(), f.claimIds(),
          f.explanation(), String.valueOf(f.likely())));
    }
    return out;
  }
}
