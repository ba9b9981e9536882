package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static io.github.claimcheck.reconcile.TestClaims.day;
import static io.github.claimcheck.reconcile.TestClaims.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How claims are grouped before rules compare them: events by kind, occurrences of fixed counts. */
class GroupingTest {

  private final Reconciler reconciler = Reconciler.standard();

  private static final Map<String, ArticleInfo> ARTICLES = articles(
      article("a", "Harian A", "2024-05-13"), article("b", "Warta B", "2024-05-13"),
      article("c", "Kabar C", "2024-05-13"));

  /**
   * The old toll a#2 is compared with nothing, and the two reports of this year's toll, a#1 and
   * b#1, agree.
   */
  private static void assertOldTollSetApart(List<Finding> findings) {
    assertThat(findings).noneMatch(f -> f.claimIds().contains("a#2"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(f.claimIds()).containsExactly("a#1", "b#1");
    });
  }

  @Test
  void aDatedFigureOfAnUndatedArticleIsNoBygoneOccurrence() {
    // GIVEN an article without a publication date whose figure gives its own day, and another
    // outlet's figure of that day
    Map<String, ArticleInfo> articles = articles(article("a", "Harian A", null),
        article("b", "Warta B", "2024-05-13"));
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(41)).when(day("2024-05-13")).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(37)).when(day("2024-05-13")).build());
    // WHEN
    List<Finding> findings = reconciler.reconcile(claims, articles);
    // THEN they are compared: an unknown publication year sets no figure apart as a past one
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.CONFLICT).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
  }

  @Test
  void aFigureAnUndatedArticleDatesYearsBeforeTheOthersReportsIsAnotherOccurrence() {
    // GIVEN an undated article that recalls an older landslide's toll beside this one's, and a
    // dated report of this one
    Map<String, ArticleInfo> articles = articles(article("a", "Harian A", null),
        article("b", "Warta B", "2024-05-13"));
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(24)).event("landslide").build(),
        claim("a#2", "a", "killed", "people", Quantity.exact(10)).event("landslide")
            .when(year(2005)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(24)).event("landslide").build());
    // WHEN
    List<Finding> findings = reconciler.reconcile(claims, articles);
    // THEN the old toll is compared with nothing: the group's reports are of 2024
    assertOldTollSetApart(findings);
  }

  @Test
  void oneFloodNamedByProvinceAndByRegencyIsOneEvent() {
    // GIVEN one flood that each outlet names by another place
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(41)).event("flood:sumatera_barat").build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(37)).event("flood:agam").build());
    // WHEN
    List<Finding> findings = reconciler.reconcile(claims, ARTICLES);
    // THEN the two tolls of the same day are compared
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.CONFLICT).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
  }

  @Test
  void differentKindsOfEventAreNeverCompared() {
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(41)).event("flood:garut").build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(37)).event("earthquake:garut").build());
    assertThat(reconciler.reconcile(claims, ARTICLES)).isEmpty();
  }

  @Test
  void kindsOneDisasterIsToldByAreComparedAsOne() {
    // GIVEN one furnace blast that one outlet calls a fire and another an explosion, and a
    // cyclone's toll told as a storm's by one outlet and as a flood's by another
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(13)).event("fire:morowali").build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(15)).event("explosion").build(),
        claim("a#2", "a", "missing", "people", Quantity.exact(24)).event("storm").build(),
        claim("c#1", "c", "missing", "people", Quantity.exact(19)).event("flood:flores").build());
    // WHEN
    List<Finding> findings = reconciler.reconcile(claims, ARTICLES);
    // THEN each pair is compared (reconcile/event-kinds.tsv), and a quake never with a flood
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.CONFLICT)
        .extracting(Finding::claimIds)
        .containsExactlyInAnyOrder(List.of("a#1", "b#1"), List.of("a#2", "c#1"));
  }

  @Test
  void aRunningCountDatedYearsBeforeItsArticleIsAnotherOccurrence() {
    // GIVEN this year's toll by two sources, and an older disaster's toll one of them recalls
    List<Claim> claims = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(31)).event("fire").build(),
        claim("a#2", "a", "killed", "people", Quantity.exact(29)).event("fire").when(year(1991))
            .build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(31)).event("fire").build());
    // WHEN
    List<Finding> findings = reconciler.reconcile(claims, ARTICLES);
    // THEN the old toll is neither a conflict nor an earlier figure of this year's toll
    assertOldTollSetApart(findings);
    // AND last year's figure (a year before publication) still belongs to the running count
    List<Claim> recent = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(31)).event("fire").build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(12)).event("fire").when(year(2023))
            .build());
    assertThat(reconciler.reconcile(recent, ARTICLES))
        .anySatisfy(f -> assertThat(f.claimIds()).containsExactlyInAnyOrder("a#1", "b#1"));
  }

  @Test
  void aFixedCountOfAnotherYearIsAnotherOccurrence() {
    // GIVEN this year's rally crowd by two sources, and the crowd of the rally two years before
    List<Claim> claims = List.of(
        claim("a#1", "a", "other", "participants", Quantity.exact(3_000_000)).build(),
        claim("a#2", "a", "other", "participants", Quantity.exact(7_000_000)).when(year(2022)).build(),
        claim("b#1", "b", "other", "participants", Quantity.exact(8_000_000)).build(),
        claim("c#1", "c", "other", "participants", Quantity.exact(1_000_000)).when(year(2022)).build());
    // WHEN
    List<Finding> conflicts = TestClaims.withVerdict(reconciler.reconcile(claims, ARTICLES), Verdict.CONFLICT);
    // THEN each year's figures are compared among themselves, never across years
    assertThat(conflicts).extracting(Finding::claimIds)
        .containsExactlyInAnyOrder(List.of("a#1", "b#1"), List.of("a#2", "c#1"));
  }
}
