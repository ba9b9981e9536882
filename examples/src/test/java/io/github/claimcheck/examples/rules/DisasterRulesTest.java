package io.github.claimcheck.examples.rules;

import static io.github.claimcheck.testkit.ClaimcheckAssertions.assertThat;
import static io.github.claimcheck.testkit.TestArticles.article;
import static io.github.claimcheck.testkit.TestArticles.inStory;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.reconcile.Rules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disaster rule set, tested the way a user would: inline articles and the test kit. */
class DisasterRulesTest {

  private static final ClaimChecker CHECKER =
      DisasterRules.checker(Clock.fixed(Instant.parse("2025-10-10T00:00:00Z"), ZoneOffset.UTC));

  private static Report check(List<Article> articles) {
    return CHECKER.check(articles);
  }

  // --- language

  @Test
  void damageAndRescueFiguresAreClaimsInBothLanguages() {
    assertThat(CHECKER.extract(article("a1", "2025-10-02",
            "Sebanyak 1.200 rumah rusak berat akibat banjir bandang, kata BPBD.")))
        .containsClaim("damaged").withValue(1_200).withUnit("houses").attributedTo("BPBD");
    assertThat(CHECKER.extract(article("a2", "2025-10-02",
            "The flood destroyed 14 bridges and damaged 300 homes, officials said.")))
        .containsClaim("damaged").withUnit("bridges").withValue(14);
    assertThat(CHECKER.extract(article("a3", "2025-10-02",
            "Tim SAR gabungan menyelamatkan 42 warga dari atap rumah.")))
        .containsClaim("rescued").withValue(42);
  }

  @Test
  void aliasesNameTheAgencyAndVolunteersCanBeDeployed() {
    assertThat(CHECKER.extract(article("a1", "2025-10-02",
            "Sebanyak 500 relawan PMI dikerahkan ke lokasi banjir.")))
        .containsClaim("deployed").withSubject("red_cross:volunteers").withValue(500);
    assertThat(CHECKER.extract(article("a2", "2025-10-02",
            "Sebanyak 300 warga terusir dari kampungnya.")))
        .containsClaim("displaced").withValue(300);
  }

  @Test
  void theBuiltInCheckerDoesNotKnowTheseWords() {
    assertThat(ClaimChecker.standard().extract(article("a1", "2025-10-02",
            "Sebanyak 1.200 rumah rusak berat akibat banjir bandang, kata BPBD.")))
        .containsNoClaim("damaged");
  }

  // --- rules

  private static final Article TOLL_27 = article("a1", "2025-10-02", "Harian A",
      "Banjir bandang menewaskan 27 orang, kata BNPB.");
  private static final Article TOLL_24 = article("a2", "2025-10-04", "Warta B",
      "Jumlah korban tewas banjir bandang menjadi 24 orang, kata BNPB.");

  @Test
  void aFallingOfficialDeathTollIsAConflictInADisasterStory() {
    Report report = check(inStory("disaster/garut-flood", TOLL_27, TOLL_24));
    assertThat(report).hasConflict().on("killed").byRule(DisasterRules.OFFICIAL_TOLL_FELL)
        .citing("a1", "a2").single().mentions("official figure", "went down");
  }

  @Test
  void theRuleIgnoresStoriesNotTaggedDisasterUnlessTheyAreTagged() {
    Report untagged = check(inStory("garut-flood", TOLL_27, TOLL_24));
    assertThat(untagged).hasNoFindingBy(DisasterRules.OFFICIAL_TOLL_FELL);

    ClaimChecker tagging = ClaimChecker.builder()
        .language(DisasterRules.language())
        .ruleSet(DisasterRules.ruleSet().with(Rules.tagStory("garut-flood", DisasterRules.TAG)))
        .build();
    assertThat(tagging.check(inStory("garut-flood", TOLL_27, TOLL_24)))
        .hasConflict().byRule(DisasterRules.OFFICIAL_TOLL_FELL).citing("a1", "a2");
  }

  @Test
  void aLowerFigureFromAResidentIsNotAnOfficialRevision() {
    Report report = check(inStory("disaster/garut-flood", TOLL_27,
        article("a2", "2025-10-04", "Warta B",
            "Banjir bandang menewaskan 24 orang, kata seorang warga.")));
    assertThat(report).hasNoFindingBy(DisasterRules.OFFICIAL_TOLL_FELL);
  }

  @Test
  void damageCountsThatGrowAreExplained() {
    Report report = check(inStory("disaster/garut-flood",
        article("a1", "2025-10-02", "Sebanyak 400 rumah rusak akibat banjir bandang."),
        article("a2", "2025-10-05", "Sebanyak 1.200 rumah rusak akibat banjir bandang.")));
    assertThat(report).hasNoConflictOn("damaged")
        .hasExplained().on("damaged").citing("a1", "a2").single().mentions("grew over time");
  }

  @Test
  void differentShelterCountsAreExplained() {
    Report report = check(inStory("disaster/garut-flood",
        article("a1", "2025-10-03", "Harian A", "Sebanyak 3.500 warga mengungsi, kata BPBD."),
        article("a2", "2025-10-03", "Warta B", "Sebanyak 2.900 warga mengungsi, kata camat.")));
    assertThat(report).hasNoConflictOn("displaced")
        .hasExplained().on("displaced").byRule(DisasterRules.SHELTER_COUNTS)
        .citing("a1", "a2").single().mentions("shelter counts change by the hour");
  }

  @Test
  void theRuleSetIsTheDefaultsPlusItsOwnRulesAndSettings() {
    RuleSet rules = DisasterRules.ruleSet();
    org.assertj.core.api.Assertions.assertThat(rules.ruleNames())
        .startsWith(RuleSet.defaults().ruleNames().toArray(new String[0]))
        .endsWith(DisasterRules.OFFICIAL_TOLL_FELL, DisasterRules.SHELTER_COUNTS);
    org.assertj.core.api.Assertions.assertThat(rules.tolerance("damaged")).isEqualTo(0.20);
    org.assertj.core.api.Assertions.assertThat(rules.isCumulative("damaged")).isTrue();
    assertThatThrownBy(() -> rules.with(Rules.forPredicate("killed")
            .named(DisasterRules.OFFICIAL_TOLL_FELL).laterLowerFigureIsConflict()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'official-toll-fell' is already in the rule set");
    assertThatThrownBy(() -> rules.without("official-toll-falls"))
        .hasMessageStartingWith("unknown rule 'official-toll-falls'");
  }
}
