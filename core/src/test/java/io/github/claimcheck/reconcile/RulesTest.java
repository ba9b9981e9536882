package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.byRule;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static io.github.claimcheck.reconcile.TestClaims.withVerdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static final Rule OFFICIAL_FALL =
      Rules.forPredicate("killed")
          .inStoriesTagged("disaster")
          .officialSources("BNPB", "BPBD")
          .laterLowerOfficialFigureIsConflict();

  /** BNPB says 27 on 2 Oct, then 24 on 4 Oct; a resident says 20 on 5 Oct. */
  private static List<Claim> falling() {
    return List.of(
        claim("a1#1", "a1", "killed", "people", Quantity.exact(27)).attribution("BNPB").build(),
        claim("a2#1", "a2", "killed", "people", Quantity.exact(24))
            .attribution("Kepala BNPB Suharyanto").build(),
        claim("a3#1", "a3", "killed", "people", Quantity.exact(20)).attribution("seorang warga")
            .build());
  }

  private static Map<String, ArticleInfo> inStory(String story) {
    return articles(
        article("a1", "Harian A", "2025-10-02", story),
        article("a2", "Warta B", "2025-10-04", story),
        article("a3", "Kabar C", "2025-10-05", story));
  }

  private static List<Finding> run(RuleSet rules, String story) {
    return Reconciler.of(rules).reconcile(falling(), inStory(story));
  }

  @Test
  void aLaterLowerOfficialFigureIsAConflictInStoriesTaggedByName() {
    List<Finding> findings = run(RuleSet.builder().add(OFFICIAL_FALL).build(), "disaster/garut-flood");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("killed-later-lower-official-in-disaster");
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.claimIds()).containsExactly("a1#1", "a2#1");
      assertThat(f.explanation()).isEqualTo("The official figure for people killed went down:"
          + " 27 (Harian A, BNPB, as of 2 Oct 2025) earlier, then 24 (Warta B, Kepala BNPB"
          + " Suharyanto, as of 4 Oct 2025) later; a count that falls needs a correction or an"
          + " explanation.");
    });
  }

  @Test
  void storiesWithoutTheTagAreLeftAloneUnlessTheSetTagsThem() {
    RuleSet rules = RuleSet.builder().add(OFFICIAL_FALL).build();
    assertThat(run(rules, "garut-flood")).isEmpty();
    assertThat(run(rules, "politics/garut-flood")).isEmpty();
    assertThat(run(rules.with(Rules.tagStory("garut-flood", "Disaster")), "garut-flood"))
        .hasSize(1);
  }

  @Test
  void anyLaterLowerFigureCountsWhenNotLimitedToOfficials() {
    Rule anyFall = Rules.forPredicate("killed").laterLowerFigureIsConflict();
    assertThat(anyFall.name()).isEqualTo("killed-later-lower");
    List<Finding> findings = run(RuleSet.builder().add(anyFall).build(), "");
    // Each later figure is cited with the latest earlier figure above it.
    assertThat(findings).extracting(Finding::claimIds)
        .containsExactly(List.of("a1#1", "a2#1"), List.of("a2#1", "a3#1"));
    // Without officialSources, any named attribution is official.
    Rule named = Rules.forPredicate("killed").laterLowerOfficialFigureIsConflict();
    assertThat(run(RuleSet.builder().add(named).build(), "")).hasSize(2);
  }

  @Test
  void anExplainedDisagreementReplacesTheBuiltInConflict() {
    List<Claim> claims = List.of(
        claim("a1#1", "a1", "killed", "people", Quantity.exact(120)).attribution("police").build(),
        claim("a2#1", "a2", "killed", "people", Quantity.exact(131)).attribution("BPBD").build());
    Map<String, ArticleInfo> same = articles(article("a1", "Harian A", "2025-10-02", "d/flood"),
        article("a2", "Warta B", "2025-10-02", "d/flood"));
    assertThat(withVerdict(Reconciler.standard().reconcile(claims, same), Verdict.CONFLICT))
        .hasSize(1);

    RuleSet rules = RuleSet.defaults().with(Rules.forPredicate("killed").inStoriesTagged("d")
        .disagreementIsExplained("police count bodies, BPBD counts reports"));
    List<Finding> findings = Reconciler.of(rules).reconcile(claims, same);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("killed-disagreement-explained-in-d");
      assertThat(f.verdict()).isEqualTo(Verdict.EXPLAINED);
      assertThat(f.explanation()).isEqualTo("People killed: sources give different figures, 120"
          + " (Harian A, police, as of 2 Oct 2025) and 131 (Warta B, BPBD, as of 2 Oct 2025);"
          + " explained: police count bodies, BPBD counts reports.");
    });
  }

  @Test
  void aLambdaRuleSeesOnlyItsPredicate() {
    Rule flagAll = Rules.forPredicate("killed").rule("flag-killed", (group, ctx) ->
        List.of(Finding.of("flag-killed", Verdict.AGREEMENT, group.predicate(), group.subject(),
            List.of(group.claims().get(0).id()), ctx.topic(group))));
    List<Claim> claims = List.of(
        claim("a1#1", "a1", "killed", "people", Quantity.exact(1)).build(),
        claim("a1#2", "a1", "wounded", "people", Quantity.exact(2)).build());
    assertThat(Reconciler.of(RuleSet.builder().add(flagAll).build()).reconcile(claims, Map.of()))
        .extracting(Finding::predicate).containsExactly("killed");
    Rule any = Rules.of("any", (group, ctx) -> List.of());
    assertThat(any.name()).isEqualTo("any");
  }

  @Test
  void settingsAreValuesAndCheckedWhenMade() {
    RuleSet rules = RuleSet.defaults().with(Rules.tolerate("shipped", 0.20));
    assertThat(rules.tolerance("shipped")).isEqualTo(0.20);
    assertThat(rules.with(Rules.tolerate("shipped", 0.30)).tolerance("shipped")).isEqualTo(0.30);
    assertThat(RuleSet.defaults().with(Rules.cumulative("damaged")).isCumulative("damaged")).isTrue();
    assertThat(RuleSet.defaults().withoutCumulative("killed").isCumulative("killed")).isFalse();
    assertThat(Rules.tolerate("shipped", 0.2)).isEqualTo(Rules.tolerate("shipped", 0.2))
        .hasToString("tolerate shipped 0.2");

    assertThatThrownBy(() -> Rules.tolerate("shipped", -0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance for 'shipped' must be a finite fraction >= 0 (0.1 means 10 %),"
            + " got -0.2");
    assertThatThrownBy(() -> RuleSet.builder().apply(Rules.tolerate("shipped", 0.2))
            .apply(Rules.tolerate("shipped", 0.3)))
        .hasMessage("tolerance for 'shipped' is already set");
    assertThatThrownBy(() -> Rules.forPredicate(" ")).hasMessage("predicate is blank");
    assertThatThrownBy(() -> Rules.forPredicate("killed").inStoriesTagged("a/b"))
        .hasMessageContaining("a story tag must be a non-blank word without '/'");
    assertThatThrownBy(() -> Rules.forPredicate("killed").officialSources())
        .hasMessage("no official source names given");
    assertThatThrownBy(() -> RuleSet.defaults().withoutCumulative("signed"))
        .hasMessageStartingWith("'signed' is not cumulative");
  }

  @Test
  void aRuleForThePredicateDefinedTwiceFailsAtBuildTime() {
    assertThatThrownBy(() -> RuleSet.defaults().with(OFFICIAL_FALL).with(
            Rules.forPredicate("killed").inStoriesTagged("disaster")
                .laterLowerOfficialFigureIsConflict()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'killed-later-lower-official-in-disaster' is already in the rule set");
    // Named differently, both may stay.
    assertThat(RuleSet.defaults().with(OFFICIAL_FALL).with(Rules.forPredicate("killed")
            .named("strict").laterLowerFigureIsConflict()).ruleNames())
        .endsWith("killed-later-lower-official-in-disaster", "strict");
  }

  @Test
  void setsCompose() {
    RuleSet mine = RuleSet.builder().add(OFFICIAL_FALL).tolerance("shipped", 0.2)
        .tagStory("garut-flood", "disaster").build();
    RuleSet both = RuleSet.defaults().with(mine);
    assertThat(both.ruleNames()).hasSize(8).last().isEqualTo(OFFICIAL_FALL.name());
    assertThat(both.tolerance("shipped")).isEqualTo(0.2);
    assertThat(both.storyTags("garut-flood")).containsExactly("disaster");
    assertThat(byRule(Reconciler.of(both).reconcile(falling(), inStory("garut-flood")),
        OFFICIAL_FALL.name())).hasSize(1);

    assertThatThrownBy(() -> both.with(mine))
        .hasMessage("rule '" + OFFICIAL_FALL.name() + "' is in both rule sets");
    assertThatThrownBy(() -> RuleSet.defaults().withTolerance("shipped", 0.3).with(mine))
        .hasMessage("tolerance for 'shipped' is defined twice: 0.3 and 0.2");
  }

  @Test
  void aRuleIsReplacedInPlaceByName() {
    Rule quiet = Rules.of(RuleSet.AGREEMENT, (group, ctx) -> List.of());
    RuleSet replaced = RuleSet.defaults().replacing(quiet);
    assertThat(replaced.ruleNames()).isEqualTo(RuleSet.defaults().ruleNames());
    assertThat(replaced.rule(RuleSet.AGREEMENT)).containsSame(quiet);
    assertThatThrownBy(() -> RuleSet.defaults().replacing(Rules.of("agreements", (g, c) -> List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule 'agreements' to replace; rules in the set: [")
        .hasMessageContaining("agreement]");
  }

  @Test
  void storyTagsComeFromTheNameAndTheSet() {
    RuleSet rules = RuleSet.builder().tagStory("garut-flood", "Disaster", "flood").build();
    assertThat(rules.storyTags("disaster/flood/garut")).containsExactly("disaster", "flood");
    assertThat(rules.storyTags("garut-flood")).containsExactly("disaster", "flood");
    assertThat(rules.storyTags("")).isEmpty();
    assertThat(rules.storyTags("garut")).isEmpty();
    assertThatThrownBy(() -> RuleSet.builder().tagStory("x"))
        .hasMessage("no tags given for story 'x'");
  }
}
