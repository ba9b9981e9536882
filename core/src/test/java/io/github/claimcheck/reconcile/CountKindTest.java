package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static io.github.claimcheck.reconcile.TestClaims.withVerdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Verdict;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How figures behave over time: count kinds as data, time of day, revisions, increments. */
class CountKindTest {

  private static final Map<String, ArticleInfo> ARTICLES = articles(
      article("a", "Harian A", "2025-07-04"),
      article("b", "Warta B", "2025-07-06"),
      article("c", "Kabar C", "2025-07-06"));

  private static final ClockTime FIVE_WIB = ClockTime.of(LocalTime.of(17, 0), ZoneOffset.ofHours(7));
  private static final ClockTime EIGHT_WITA = ClockTime.of(LocalTime.of(20, 0), ZoneOffset.ofHours(8));

  private static List<Finding> reconcile(List<Claim> claims) {
    return Reconciler.standard().reconcile(claims, ARTICLES);
  }

  private static List<Claim> earlierThenLater(String predicate, String subject, long first,
      long second) {
    return List.of(
        claim("a#1", "a", predicate, subject, Quantity.exact(first)).build(),
        claim("b#1", "b", predicate, subject, Quantity.exact(second)).build());
  }

  @Test
  void theBuiltInTableIsDataAndKeepsTheCumulativeApi() {
    RuleSet d = RuleSet.defaults();
    assertThat(d.countKind("killed", SubjectKey.parse("people"))).contains(CountKind.GROWS);
    assertThat(d.countKind("missing", SubjectKey.parse("people"))).contains(CountKind.VARIES);
    assertThat(d.countKind("other", SubjectKey.parse("aboard"))).contains(CountKind.FIXED);
    assertThat(d.countKind("other", SubjectKey.parse("lion_air:aboard"))).contains(CountKind.FIXED);
    assertThat(d.countKind("other", SubjectKey.parse("people:body_bags"))).contains(CountKind.GROWS);
    assertThat(d.countKind("other", SubjectKey.parse("rupiah"))).isEmpty();
    assertThat(d.countKind("signed", SubjectKey.parse("people"))).isEmpty();
    assertThat(RuleSet.DEFAULT_CUMULATIVE).containsExactly("captured", "casualties", "deployed",
        "displaced", "evacuated", "killed", "missing", "shipped", "wounded");
    assertThat(d.cumulativePredicates()).isEqualTo(RuleSet.DEFAULT_CUMULATIVE);
    assertThat(RuleSet.DEFAULT_COUNTS).containsEntry("other:participants", CountKind.FIXED);
    assertThat(d.counts()).isEqualTo(RuleSet.DEFAULT_COUNTS);
  }

  @Test
  void settingsChangeTheKindOfAPredicateOrOfOneSubjectKind() {
    RuleSet r = RuleSet.defaults()
        .withCounting("missing", CountKind.GROWS)
        .withCounting("other:arrested", CountKind.VARIES)
        .withCumulative("damaged");
    assertThat(r.countKind("missing", SubjectKey.parse("people"))).contains(CountKind.GROWS);
    assertThat(r.countKind("other", SubjectKey.parse("police:arrested"))).contains(CountKind.VARIES);
    assertThat(r.countKind("damaged", SubjectKey.parse("houses"))).contains(CountKind.GROWS);
    assertThat(r.withoutCumulative("killed").countKind("killed", SubjectKey.parse("people"))).isEmpty();
    assertThat(RuleSet.builder().clearCumulative().build().counts())
        .containsOnlyKeys("other:aboard", "other:participants");
    assertThatThrownBy(() -> RuleSet.defaults().withCounting("other:a:b", CountKind.FIXED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("predicate or predicate:kind");
    assertThatThrownBy(() -> RuleSet.defaults().withoutCumulative("other:aboard"))
        .isInstanceOf(IllegalArgumentException.class);
    // Composition: the other set's kinds win.
    RuleSet other = RuleSet.builder().counting("killed", CountKind.FIXED).build();
    assertThat(RuleSet.defaults().with(other).countKind("killed", SubjectKey.parse("x"))).contains(CountKind.FIXED);
  }

  @Test
  void malformedDataFailsNamingFileAndLine() {
    assertThatThrownBy(() -> CountData.parseCounts(
        List.of(new Resources.Line(3, "killed\tgrows"), new Resources.Line(7, "missing\tsometimes")),
        "test/counts.tsv"))
        .isInstanceOf(ClaimCheckException.class)
        .hasMessage("io/github/claimcheck/test/counts.tsv, line 7: unknown count kind 'sometimes'"
            + " (expected grows, varies or fixed)");
    assertThatThrownBy(() -> CountData.parseCounts(
        List.of(new Resources.Line(1, "killed\tgrows"), new Resources.Line(2, "Killed\tfixed")),
        "c.tsv"))
        .hasMessage("io/github/claimcheck/c.tsv, line 2: 'killed' is listed twice");
    assertThatThrownBy(() -> CountData.parseCombined(
        List.of(new Resources.Line(4, "casualties")), "m.tsv"))
        .hasMessageStartingWith("io/github/claimcheck/m.tsv, line 4: expected");
    assertThat(CountData.parseCounts(List.of(new Resources.Line(1, "missing\tvaries\tpeople were found")),
        "x").falls()).containsEntry("missing", "people were found");
  }

  @Test
  void aCountThatOnlyGrowsIsAConflictWhenItFalls() {
    assertThat(reconcile(earlierThenLater("killed", "people", 25, 17))).singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
          assertThat(f.explanation()).isEqualTo("The figure for people killed fell over time, a"
              + " revision readers should see: 25 (Harian A, as of 4 Jul 2025) earlier, then 17"
              + " (Warta B, as of 6 Jul 2025) later.");
        });
  }

  @Test
  void aCountThatMayFallIsExplainedWhenItFallsSayingWhatAFallMeans() {
    assertThat(reconcile(earlierThenLater("missing", "people", 25, 17))).singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.EXPLAINED);
          assertThat(f.rule()).isEqualTo(RuleSet.GROWTH_OVER_TIME);
          assertThat(f.explanation()).isEqualTo("People missing changed over time, as such a count"
              + " may, so the figures do not conflict: 25 (Harian A, as of 4 Jul 2025) earlier,"
              + " then 17 (Warta B, as of 6 Jul 2025) later; the count fell as missing people"
              + " were found.");
        });
    assertThat(reconcile(earlierThenLater("missing", "people", 17, 25))).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("grew over time"));
    // Without the rule, the fall shows as a conflict.
    assertThat(Reconciler.of(RuleSet.defaults().without(RuleSet.GROWTH_OVER_TIME))
        .reconcile(earlierThenLater("missing", "people", 25, 17), ARTICLES))
        .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT));
  }

  @Test
  void aFixedQuantityConflictsWhateverTheTimes() {
    assertThat(reconcile(earlierThenLater("other", "people:aboard", 189, 188))).singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
          assertThat(f.explanation()).isEqualTo("Sources disagree on people aboard: 188 (Warta B, as of"
              + " 6 Jul 2025) vs 189 (Harian A, as of 4 Jul 2025).");
        });
    assertThat(reconcile(earlierThenLater("other", "aboard", 189, 188))).singleElement()
        .satisfies(f -> assertThat(f.explanation()).startsWith("Sources disagree on people aboard:"));
    // A fixed quantity of unknown time is still a conflict, not unresolved.
    assertThat(Reconciler.standard().reconcile(earlierThenLater("other", "people:aboard", 189, 188),
        Map.of())).extracting(Finding::verdict).containsExactly(Verdict.CONFLICT);
  }

  @Test
  void aFallIsAnExplainedRevisionWhenTheLaterArticleSaysSo() {
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(115)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(97))
            .sentence(Span.of(0, 60), "Officials revised the toll down to 97 after DNA tests.")
            .build());
    assertThat(reconcile(claims)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.EXPLAINED);
      assertThat(f.explanation()).isEqualTo("The figure for people killed was revised down, as"
          + " the later report itself says (\"revised\"): 115 (Harian A, as of 4 Jul 2025)"
          + " earlier, then 97 (Warta B, as of 6 Jul 2025) later.");
    });
  }

  @Test
  void aRevisionCitingThePreviousFigureItselfIsExplainedToo() {
    // The later article cites the old figure as well; the other outlet's 115 is earlier.
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(115)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(97))
            .sentence(Span.of(0, 50), "Korban meninggal kini 97 orang.").build(),
        claim("b#2", "b", "killed", "people", Quantity.exact(115))
            .sentence(Span.of(51, 99), "Angka itu direvisi dari 115 orang.").build());
    List<Finding> findings = reconcile(claims);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).isEmpty();
    // The explanation across articles cites the article's own two figures too, so it replaces
    // the within-article one.
    assertThat(withVerdict(findings, Verdict.EXPLAINED)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleSet.GROWTH_OVER_TIME);
      assertThat(f.claimIds()).containsExactly("a#1", "b#1", "b#2");
      assertThat(f.explanation()).contains("(\"direvisi\")");
    });
    assertThat(withVerdict(reconcile(claims.subList(1, 3)), Verdict.EXPLAINED))
        .singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(RuleSet.WITHIN_ARTICLE));
  }

  @Test
  void anOldFigureTheRevisingArticleCitesIsExplainedWhateverOtherOutletsDates() {
    // Kabar C's 115 has no date; Warta B says the toll was lowered from 115 to 97.
    Map<String, ArticleInfo> arts = articles(article("a", "Harian A", "2025-07-04"),
        article("b", "Warta B", "2025-07-06"), article("c", "Kabar C", null));
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(115)).build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(115)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(97))
            .sentence(Span.of(0, 40), "The toll was lowered to 97.").build(),
        claim("b#2", "b", "killed", "people", Quantity.exact(115))
            .sentence(Span.of(41, 80), "It had stood at 115.").build());
    List<Finding> findings = Reconciler.standard().reconcile(claims, arts);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(findings, Verdict.EXPLAINED)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("(\"lowered\")"));
    // An outlet still giving the old figure after the revision is another matter.
    Map<String, ArticleInfo> later = articles(article("a", "Harian A", "2025-07-04"),
        article("b", "Warta B", "2025-07-06"), article("c", "Kabar C", "2025-07-09"));
    assertThat(withVerdict(Reconciler.standard().reconcile(claims, later), Verdict.CONFLICT))
        .hasSize(1);
  }

  @Test
  void aSideMadeOnlyOfVagueAmountsIsNoConflict() {
    List<Claim> claims = List.of(
        claim("b#1", "b", "killed", "people", Quantity.vague(100, 999)).build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(1_200)).build());
    assertThat(reconcile(claims)).isEmpty();
    List<Claim> withCount = List.of(
        claim("b#1", "b", "killed", "people", Quantity.vague(100, 999)).build(),
        claim("b#2", "b", "killed", "people", Quantity.exact(400)).build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(1_200)).build());
    assertThat(withVerdict(reconcile(withCount), Verdict.CONFLICT)).hasSize(1);
  }

  @Test
  void aWordThatOnlyContainsACueIsNoRevision() {
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(115)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(97))
            .sentence(Span.of(0, 40), "The unrevisedish toll stood at 97.").build());
    assertThat(withVerdict(reconcile(claims), Verdict.CONFLICT)).hasSize(1);
  }

  @Test
  void theTimeOfDayOrdersUpdatesOfOneDay() {
    // 20:00 WITA is 19:00 WIB: after 17:00 WIB.
    List<Claim> fall = List.of(
        claim("b#1", "b", "killed", "people", Quantity.exact(259)).clock(FIVE_WIB, "17.00 WIB").build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(225)).clock(EIGHT_WITA, "20.00 WITA").build());
    assertThat(reconcile(fall)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.explanation()).isEqualTo("The figure for people killed fell over time, a"
          + " revision readers should see: 259 (Warta B, as of 6 Jul 2025 17:00 UTC+7) earlier,"
          + " then 225 (Kabar C, as of 6 Jul 2025 20:00 UTC+8) later.");
    });
    List<Claim> growth = List.of(
        claim("b#1", "b", "killed", "people", Quantity.exact(225)).clock(FIVE_WIB, "17.00 WIB").build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(259)).clock(EIGHT_WITA, "20.00 WITA").build());
    assertThat(reconcile(growth)).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.EXPLAINED));
    // One figure without a time of day: the same day, so the same time.
    List<Claim> oneClock = List.of(
        claim("b#1", "b", "killed", "people", Quantity.exact(225)).clock(FIVE_WIB, "17.00 WIB").build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(259)).build());
    assertThat(reconcile(oneClock)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).startsWith("Sources disagree on people killed:"));
  }

  @Test
  void oneArticleGivingTwoUpdatesOfTheDayDoesNotContradictItself() {
    List<Claim> claims = List.of(
        claim("b#1", "b", "killed", "people", Quantity.exact(225)).clock(FIVE_WIB, "17.00").build(),
        claim("b#2", "b", "killed", "people", Quantity.exact(259)).clock(EIGHT_WITA, "20.00").build());
    assertThat(withVerdict(reconcile(claims), Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void incrementsAreNeverComparedWithTotalsButMayExplainGrowth() {
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(12)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(15)).build(),
        claim("b#2", "b", "killed", "people", Quantity.exact(3)).flag(ClaimFlag.INCREMENT).build(),
        claim("c#1", "c", "killed", "people", Quantity.exact(2)).flag(ClaimFlag.INCREMENT).build());
    List<Finding> findings = reconcile(claims);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).isEmpty();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleSet.ADDITION_EXPLAINS);
      assertThat(f.claimIds()).containsExactly("a#1", "b#1", "b#2");
    });
  }
}
