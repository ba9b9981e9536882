package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WithinArticleRuleTest {

  private static final Map<String, ArticleInfo> ARTICLES =
      articles(article("a", "Harian A", "2025-10-02"));

  @Test
  void figureStatedTwiceWithDifferentValuesIsAConflict() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(120)).attribution("police").build(),
            claim("a#5", "a", "killed", "people", Quantity.exact(131)).build());

    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.rule()).isEqualTo("within-article");
      assertThat(f.claimIds()).containsExactly("a#1", "a#5");
      assertThat(f.explanation())
          .isEqualTo("Harian A states people killed more than once with values that do not agree"
              + " for the same time (as of 2 Oct 2025): 120 (police) vs 131.");
    });
  }

  @Test
  void aVagueAmountBesideTheArticlesOwnCountContradictsNothing() {
    // "Thousands injured: ... at least 37,000 have been injured": a size, not a count
    List<Claim> claims = List.of(
        claim("a#1", "a", "wounded", "people", Quantity.vague(1000, 9999)).build(),
        claim("a#2", "a", "wounded", "people", Quantity.atLeast(37000)).build());
    List<Claim> counts = List.of(
        claim("a#1", "a", "wounded", "people", Quantity.exact(3000)).build(),
        claim("a#2", "a", "wounded", "people", Quantity.atLeast(37000)).build());

    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).isEmpty();
    assertThat(Reconciler.standard().reconcile(counts, ARTICLES)).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(RuleSet.WITHIN_ARTICLE));
  }

  @Test
  void dateStatedTwiceWithDifferentDaysIsAConflict() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "signed", "treaty", TestClaims.day("2024-06-19")).build(),
            claim("a#2", "a", "signed", "treaty", TestClaims.day("2024-06-18")).build(),
            claim("a#3", "a", "signed", "treaty", TestClaims.year(2024)).build());
    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("within-article");
      assertThat(f.claimIds()).containsExactly("a#1", "a#2");
      assertThat(f.explanation()).contains("18 Jun 2024 vs 19 Jun 2024");
    });
  }

  @Test
  void figuresForDifferentTimesInOneArticleAreNotADoubleStatement() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(120))
                .when(TestClaims.day("2025-09-30")).build(),
            claim("a#2", "a", "killed", "people", Quantity.exact(131)).build());
    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).isEmpty();
  }

  @Test
  void theValueBeforeAChangeItsSentenceReportsContradictsNothing() {
    // "the toll for Tuesday's quake rose from 148 to 154": both figures carry the event's day
    Span sentence = Span.of(0, 80);
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(148))
                .when(TestClaims.day("2025-09-30")).flags(Set.of(ClaimFlag.EARLIER))
                .sentence(sentence, "s").build(),
            claim("a#2", "a", "killed", "people", Quantity.exact(154))
                .when(TestClaims.day("2025-09-30")).sentence(sentence, "s").build());
    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).isEmpty();
    // the same earlier figure in another sentence is still a restatement that disagrees
    List<Claim> apart =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(148))
                .when(TestClaims.day("2025-09-30")).flags(Set.of(ClaimFlag.EARLIER))
                .sentence(Span.of(0, 40), "s1").build(),
            claim("a#2", "a", "killed", "people", Quantity.exact(154))
                .when(TestClaims.day("2025-09-30")).sentence(Span.of(41, 80), "s2").build());
    assertThat(Reconciler.standard().reconcile(apart, ARTICLES))
        .extracting(f -> f.rule()).containsExactly("within-article");
  }

  @Test
  void undatedEarlierFiguresOfOneArticleNeedNotAgree() {
    // "Earlier reports said 400 were killed. ... Earlier authorities had put the toll at 384.":
    // each is of some time before the report, not of one moment
    List<Claim> undated = List.of(
        earlierFigure("a#2", 400, null, Span.of(0, 40)),
        earlierFigure("a#3", 384, null, Span.of(41, 80)));
    assertThat(Reconciler.standard().reconcile(undated, ARTICLES)).isEmpty();
    // earlier figures that name one day are of one moment, and disagree
    List<Claim> dated = List.of(
        earlierFigure("a#2", 400, "2025-09-29", Span.of(0, 40)),
        earlierFigure("a#3", 384, "2025-09-29", Span.of(41, 80)));
    assertThat(Reconciler.standard().reconcile(dated, ARTICLES))
        .extracting(f -> f.rule()).containsExactly("within-article");
  }

  /** A toll of article "a" its own sentence cites as earlier, of the day given (null: none). */
  private static Claim earlierFigure(String id, int value, String day, Span sentence) {
    var b = claim(id, "a", "killed", "people", Quantity.exact(value))
        .flags(Set.of(ClaimFlag.EARLIER)).sentence(sentence, "s" + sentence.start());
    return (day == null ? b : b.when(TestClaims.day(day))).build();
  }

  @Test
  void hedgedRestatementWithinToleranceIsNoConflict() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(600)).build(),
            claim("a#2", "a", "killed", "people", Quantity.approximately(620)).build());
    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).isEmpty();
  }

  @Test
  void anArticleGivingTwoSourcesEstimatesReportsADisagreementItDoesNotContradictItself() {
    Map<String, ArticleInfo> arts = articles(article("a", "Harian A", "2025-12-02"));
    List<Claim> twoSources = List.of(
        claim("a#1", "a", "other", "participants", Quantity.exact(40_000)).attribution("polisi").build(),
        claim("a#2", "a", "other", "participants", Quantity.exact(8_000_000)).attribution("panitia acara").build());
    assertThat(Reconciler.standard().reconcile(twoSources, arts)).isEmpty();
    // The same source, or a figure without one, is the article's own contradiction.
    List<Claim> oneSource = List.of(
        claim("a#1", "a", "other", "participants", Quantity.exact(40_000)).attribution("polisi").build(),
        claim("a#2", "a", "other", "participants", Quantity.exact(80_000)).attribution("juru bicara polisi").build());
    assertThat(Reconciler.standard().reconcile(oneSource, arts)).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT));
    List<Claim> unnamed = List.of(
        claim("a#1", "a", "other", "participants", Quantity.exact(40_000)).attribution("polisi").build(),
        claim("a#2", "a", "other", "participants", Quantity.exact(8_000_000)).build());
    assertThat(Reconciler.standard().reconcile(unnamed, arts)).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(RuleSet.WITHIN_ARTICLE));
  }
}
