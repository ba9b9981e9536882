package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static io.github.claimcheck.reconcile.TestClaims.withVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueConflictRuleTest {

  private final Reconciler reconciler = Reconciler.standard();

  private static final Map<String, ArticleInfo> SAME_DAY =
      articles(
          article("a", "Harian A", "2025-10-02"),
          article("b", "Warta B", "2025-10-02"),
          article("c", "Kabar C", "2025-10-02"));

  private static Claim killed(String id, String article, Quantity q, String attribution) {
    return claim(id, article, "killed", "people", q)
        .unit("people")
        .event("Garut flood")
        .attribution(attribution)
        .build();
  }

  @Test
  void floodTollOfThreeOutletsGivesOneConflictBetweenTwoClusters() {
    List<Claim> claims =
        List.of(
            killed("a#1", "a", Quantity.exact(120), "police"),
            killed("b#1", "b", Quantity.exact(131), "BPBD"),
            killed("c#1", "c", Quantity.greaterThan(130), null));

    List<Finding> findings = reconciler.reconcile(claims, SAME_DAY);

    List<Finding> conflicts = withVerdict(findings, Verdict.CONFLICT);
    assertThat(conflicts).hasSize(1);
    Finding conflict = conflicts.get(0);
    assertThat(conflict.rule()).isEqualTo("value-conflict");
    assertThat(conflict.claimIds()).containsExactly("a#1", "b#1", "c#1");
    assertThat(conflict.predicate()).isEqualTo("killed");
    assertThat(conflict.explanation())
        .isEqualTo(
            "Sources disagree on people killed in Garut flood: 120 (Harian A, police, as of 2 Oct"
                + " 2025) vs more than 130 (Kabar C, as of 2 Oct 2025) and 131 (Warta B, BPBD, as"
                + " of 2 Oct 2025).");

    List<Finding> agreements = withVerdict(findings, Verdict.AGREEMENT);
    assertThat(agreements).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("b#1", "c#1"));
    assertThat(findings).hasSize(2);
  }

  @Test
  void aFigureOfWholeThousandsIsReadAsRoundedWithinHalfItsLastPlaceAndOnePercent() {
    // "96 ribu" in a headline and 96.086 in the body: the round figure is the precise one rounded
    List<Finding> rounded = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(96_000), "police"),
        killed("b#1", "b", Quantity.exact(96_086), "BPBD")), SAME_DAY);
    // 97.200 lies beyond half a thousand from 96.000; 10.050 within 1 % of 10.000
    List<Finding> beyondHalf = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(96_000), "police"),
        killed("b#1", "b", Quantity.exact(96_600), "BPBD")), SAME_DAY);
    List<Finding> withinShare = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(10_000), "police"),
        killed("b#1", "b", Quantity.exact(10_050), "BPBD")), SAME_DAY);
    // 1 % of 10.000 is 100: 10.400 is no rounding of it, though it rounds to 10 thousand
    List<Finding> beyondShare = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(10_000), "police"),
        killed("b#1", "b", Quantity.exact(10_400), "BPBD")), SAME_DAY);
    // below a thousand every figure is compared as it is
    List<Finding> small = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(900), "police"),
        killed("b#1", "b", Quantity.exact(901), "BPBD")), SAME_DAY);

    assertThat(withVerdict(rounded, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(rounded, Verdict.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
    assertThat(withVerdict(withinShare, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(beyondHalf, Verdict.CONFLICT)).hasSize(1);
    assertThat(withVerdict(beyondShare, Verdict.CONFLICT)).hasSize(1);
    assertThat(withVerdict(small, Verdict.CONFLICT)).hasSize(1);
  }

  @Test
  void aFigureSaidToPassOrFallShortOfABoundAgreesWithTheBoundItself() {
    // news writes "more than 120" of a toll another outlet gives as 120, "nearly 200" of 200
    List<Finding> passed = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(120), "police"),
        killed("b#1", "b", Quantity.greaterThan(120), "BPBD")), SAME_DAY);
    List<Finding> shortOf = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(200), "police"),
        killed("b#1", "b", Quantity.lessThan(200), "BPBD")), SAME_DAY);
    List<Finding> below = reconciler.reconcile(List.of(
        killed("a#1", "a", Quantity.exact(119), "police"),
        killed("b#1", "b", Quantity.greaterThan(120), "BPBD")), SAME_DAY);

    assertThat(withVerdict(passed, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(passed, Verdict.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
    assertThat(withVerdict(shortOf, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(below, Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
  }

  @Test
  void manySourcesOnOneGroupDoNotExplodeIntoPairs() {
    // 10 outlets say 100, 10 say 200: one conflict citing all twenty claims, two agreements.
    List<Claim> claims = new java.util.ArrayList<>();
    Map<String, ArticleInfo> arts = new java.util.HashMap<>();
    for (int i = 0; i < 20; i++) {
      String a = "art" + i;
      arts.put(a, article(a, "Outlet " + i, "2025-10-02"));
      claims.add(killed(a + "#1", a, Quantity.exact(i < 10 ? 100 : 200), null));
    }
    List<Finding> findings = reconciler.reconcile(claims, arts);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).singleElement()
        .satisfies(f -> {
          assertThat(f.claimIds()).hasSize(20);
          assertThat(f.explanation()).contains("and 6 more");
        });
    assertThat(withVerdict(findings, Verdict.AGREEMENT)).hasSize(2);
  }

  @Test
  void cumulativeTollRevisedDownOverTimeIsAConflict() {
    Map<String, ArticleInfo> arts =
        articles(article("a", "Harian A", "2025-10-02"), article("b", "Warta B", "2025-10-05"));
    List<Claim> claims =
        List.of(
            killed("a#1", "a", Quantity.exact(131), "BPBD"),
            killed("b#1", "b", Quantity.exact(120), "police"));

    List<Finding> findings = reconciler.reconcile(claims, arts);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.rule()).isEqualTo("value-conflict");
      assertThat(f.claimIds()).containsExactly("a#1", "b#1");
      assertThat(f.explanation())
          .isEqualTo("The figure for people killed in Garut flood fell over time, a revision"
              + " readers should see: 131 (Harian A, BPBD, as of 2 Oct 2025) earlier, then 120"
              + " (Warta B, police, as of 5 Oct 2025) later.");
    });
  }

  @Test
  void aFallTheHigherReportTellsItselfIsNoConflict() {
    // Report a: the toll first put at 174 was revised to 125; report b, days later: 131. The fall
    // from 174 is told by the report that gave it; a fall from a figure told of alone is not.
    Map<String, ArticleInfo> arts =
        articles(article("a", "Harian A", "2025-10-02"), article("b", "Warta B", "2025-10-05"));
    Claim earlier = killed("a#1", "a", Quantity.exact(174), "police").toBuilder()
        .flags(Set.of(ClaimFlag.EARLIER)).build();
    Claim revised = killed("a#2", "a", Quantity.exact(125), "police");
    Claim later = killed("b#1", "b", Quantity.exact(131), "BPBD");

    assertThat(withVerdict(reconciler.reconcile(List.of(earlier, revised, later), arts),
        Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(reconciler.reconcile(List.of(earlier, later), arts), Verdict.CONFLICT))
        .singleElement().satisfies(f -> assertThat(f.explanation()).contains("fell over time"));
  }

  @Test
  void sameTimeScopeDisagreementIsAConflictEvenIfPublishedOnDifferentDays() {
    Map<String, ArticleInfo> arts =
        articles(article("a", "Harian A", "2025-10-02"), article("b", "Warta B", "2025-10-05"));
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(131))
                .when(TestClaims.day("2025-10-01")).build(),
            claim("b#1", "b", "killed", "people", Quantity.exact(120))
                .when(TestClaims.day("2025-10-01")).build());
    assertThat(reconciler.reconcile(claims, arts)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.explanation()).startsWith("Sources disagree on people killed: 120 (Warta B, 1"
          + " Oct 2025) vs 131 (Harian A, 1 Oct 2025)");
    });
  }

  @Test
  void aRunningCountWhoseTimeIsUnknownIsUnresolved() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(100)).build(),
            claim("b#1", "b", "killed", "people", Quantity.exact(150)).build());
    List<Finding> findings = reconciler.reconcile(claims, Map.of());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.UNRESOLVED);
      // no article info: the article id stands for the outlet
      assertThat(f.explanation()).isEqualTo("Sources give different figures for people killed:"
          + " 100 (a) vs 150 (b). Time of report unknown for 100 (a) and 150 (b). A running count"
          + " may differ because it was reported earlier or later.");
    });
  }

  @Test
  void oneUnknownTimeIsEnoughForUnresolvedAndNamesOnlyThatFigure() {
    Map<String, ArticleInfo> arts = articles(article("a", "A", "2025-03-01"), article("b", "B", null));
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "missing", "people", Quantity.exact(12)).build(),
            claim("b#1", "b", "missing", "people", Quantity.exact(30)).build());
    assertThat(reconciler.reconcile(claims, arts)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.UNRESOLVED);
      assertThat(f.explanation()).contains("Time of report unknown for 30 (B).");
    });
  }

  @Test
  void anEarlierFigureCitedWithoutADateIsUnresolvedAgainstAnotherSource() {
    // "Earlier, 225 died" in a report of 2 March may be from 1 March or before.
    Map<String, ArticleInfo> arts = articles(article("a", "A", "2025-03-02"), article("b", "B", "2025-03-01"));
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(225)).flag(ClaimFlag.EARLIER).build(),
            claim("b#1", "b", "killed", "people", Quantity.exact(226)).build());
    assertThat(reconciler.reconcile(claims, arts)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.UNRESOLVED);
      assertThat(f.explanation()).isEqualTo("Sources give different figures for people killed:"
          + " 225 (A, before 2 Mar 2025) vs 226 (B, as of 1 Mar 2025). No date given for the"
          + " earlier figure 225 (A). A running count may differ because it was reported earlier"
          + " or later.");
    });
  }

  @Test
  void figuresOfOneDaySeparatedByAFigureOfAnotherDayStillConflict() {
    // 43 and 47 missing on 7 March; 45 on 8 March lies between them in value, so the adjacent
    // pairs (43 -> 45, 47 -> 45) read as changes over time; 43 against 47 is a same-day conflict.
    Map<String, ArticleInfo> arts = articles(article("a", "Harian A", "2023-03-07"),
        article("b", "Warta B", "2023-03-07"), article("c", "Kabar C", "2023-03-08"));
    List<Claim> claims = List.of(
        claim("a#1", "a", "missing", "people", Quantity.exact(43)).build(),
        claim("b#1", "b", "missing", "people", Quantity.exact(47)).build(),
        claim("c#1", "c", "missing", "people", Quantity.exact(45)).build());
    List<Finding> conflicts = reconciler.reconcile(claims, arts).stream()
        .filter(f -> f.verdict() == Verdict.CONFLICT).toList();
    assertThat(conflicts).singleElement().satisfies(f -> {
      assertThat(f.claimIds()).containsExactly("a#1", "b#1");
      assertThat(f.explanation()).startsWith("Sources disagree on people missing: 43 (Harian A,"
          + " as of 7 Mar 2023) vs 47 (Warta B, as of 7 Mar 2023)");
    });
    // a time of day on both orders them: no conflict
    List<Claim> clocked = List.of(
        claim("a#1", "a", "missing", "people", Quantity.exact(43))
            .clock(ClockTime.of(LocalTime.of(9, 0)), "pukul 09.00").build(),
        claim("b#1", "b", "missing", "people", Quantity.exact(47))
            .clock(ClockTime.of(LocalTime.of(17, 0)), "pukul 17.00").build(),
        claim("c#1", "c", "missing", "people", Quantity.exact(45)).build());
    assertThat(reconciler.reconcile(clocked, arts)).extracting(Finding::verdict)
        .doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aCountThatRisesAndFallsConflictsOnlyOnADayBothSidesGive() {
    // 17 and 18 missing, alternating over four days: each figure may have been true on its day.
    Map<String, ArticleInfo> arts = articles(article("a", "A", "2021-06-30"),
        article("b", "B", "2021-07-01"), article("c", "C", "2021-07-02"),
        article("d", "D", "2021-07-03"), article("e", "E", "2021-07-02"));
    List<Claim> alternating = List.of(
        claim("a#1", "a", "missing", "people", Quantity.exact(18)).build(),
        claim("b#1", "b", "missing", "people", Quantity.exact(17)).build(),
        claim("c#1", "c", "missing", "people", Quantity.exact(18)).build(),
        claim("d#1", "d", "missing", "people", Quantity.exact(17)).build());
    assertThat(reconciler.reconcile(alternating, arts)).extracting(Finding::verdict)
        .doesNotContain(Verdict.CONFLICT);
    // A fifth report gives 17 on 2 July, the day another gives 18: they disagree.
    List<Claim> sameDay = new ArrayList<>(alternating);
    sameDay.add(claim("e#1", "e", "missing", "people", Quantity.exact(17)).build());
    assertThat(reconciler.reconcile(sameDay, arts)).extracting(Finding::verdict)
        .contains(Verdict.CONFLICT);
  }

  @Test
  void aHigherFigureCitedAsEarlierShowsAFallOnlyWhenItCannotBeLaterThanTheLowerOne() {
    // "its previous toll of 37" in a report of 11 Feb: some time before 11 Feb.
    Map<String, ArticleInfo> arts = articles(article("a", "A", "2024-02-11"),
        article("b", "B", "2024-02-09"), article("c", "C", "2024-02-12"));
    Claim cited = claim("a#1", "a", "killed", "people", Quantity.exact(37))
        .flag(ClaimFlag.EARLIER).build();
    // 15 on 9 Feb: the toll may have risen to 37 on 10 Feb.
    List<Claim> lowerBefore = List.of(cited,
        claim("b#1", "b", "killed", "people", Quantity.exact(15)).build());
    assertThat(reconciler.reconcile(lowerBefore, arts)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.UNRESOLVED);
      assertThat(f.explanation()).contains("No date given for the earlier figure 37 (A).");
    });
    // 15 on 12 Feb, after the report that already gave 37: the toll fell.
    List<Claim> lowerAfter = List.of(cited,
        claim("c#1", "c", "killed", "people", Quantity.exact(15)).build());
    assertThat(reconciler.reconcile(lowerAfter, arts)).extracting(Finding::verdict)
        .containsExactly(Verdict.CONFLICT);
  }

  @Test
  void aReportDateThatIsOnlyALowerBoundDecidesOnlyOneWay() {
    // Warta B's date was inferred from a weekday in the text: the report is on 3 March or later.
    Map<String, ArticleInfo> arts = articles(article("a", "A", "2025-03-03"),
        TestClaims.inferred("b", "B", "2025-03-03", ArticleInfo.DateBasis.WEEKDAY_YEAR));
    // Lower and on or after A's day: a toll that only grows fell, whatever B's real day.
    List<Claim> lowerLater = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(40)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(31)).build());
    assertThat(reconciler.reconcile(lowerLater, arts)).extracting(Finding::verdict)
        .containsExactly(Verdict.CONFLICT);
    // Higher, and perhaps reported later: it may have grown.
    List<Claim> higherMaybeLater = List.of(
        claim("a#1", "a", "killed", "people", Quantity.exact(31)).build(),
        claim("b#1", "b", "killed", "people", Quantity.exact(40)).build());
    assertThat(reconciler.reconcile(higherMaybeLater, arts)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.UNRESOLVED);
      assertThat(f.explanation()).contains("Report date inferred, not certain, for 40 (B).");
    });
    // A count that may rise and fall needs a known time on both sides.
    List<Claim> missing = List.of(
        claim("a#1", "a", "missing", "people", Quantity.exact(40)).build(),
        claim("b#1", "b", "missing", "people", Quantity.exact(31)).build());
    assertThat(reconciler.reconcile(missing, arts)).extracting(Finding::verdict)
        .containsExactly(Verdict.UNRESOLVED);
    // A dateline is as good as a given date.
    Map<String, ArticleInfo> dateline = articles(article("a", "A", "2025-03-03"),
        TestClaims.inferred("b", "B", "2025-03-03", ArticleInfo.DateBasis.DATELINE));
    assertThat(reconciler.reconcile(higherMaybeLater, dateline)).extracting(Finding::verdict)
        .containsExactly(Verdict.CONFLICT);
  }

  @Test
  void withoutAStoryAFigureNamingNoEventJoinsTheOneEventTheBatchNames() {
    Map<String, ArticleInfo> arts = articles(article("a", "A", "2025-03-01"), article("b", "B", "2025-03-01"),
        article("c", "C", "2025-03-01"));
    Claim plain = claim("a#1", "a", "killed", "people", Quantity.exact(12)).build();
    Claim flood = claim("b#1", "b", "killed", "people", Quantity.exact(20)).event("flood:garut").build();
    assertThat(reconciler.reconcile(List.of(plain, flood), arts)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
    // With two events named, a figure naming none may belong to either: not compared.
    Claim quake = claim("c#1", "c", "killed", "people", Quantity.exact(30)).event("earthquake:cianjur").build();
    assertThat(reconciler.reconcile(List.of(plain, flood, quake), arts)).isEmpty();
  }

  @Test
  void figuresWithoutACountKindStillConflictWhenTheirTimeIsUnknown() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "hospitalised", "people", Quantity.exact(100)).build(),
            claim("b#1", "b", "hospitalised", "people", Quantity.exact(150)).build());
    assertThat(reconciler.reconcile(claims, Map.of())).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.explanation()).isEqualTo(
          "Sources disagree on people hospitalised: 100 (a) vs 150 (b).");
    });
  }

  @Test
  void nonCumulativeFiguresForDifferentTimesAreNotCompared() {
    Map<String, ArticleInfo> arts =
        articles(article("a", "A", "2025-01-02"), article("b", "B", "2025-06-05"));
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "hospitalised", "people", Quantity.exact(300)).build(),
            claim("b#1", "b", "hospitalised", "people", Quantity.exact(40)).build());
    assertThat(reconciler.reconcile(claims, arts)).isEmpty();
  }

  @Test
  void plannedAndChangeClaimsAreNotComparedAsTotals() {
    List<Claim> claims =
        List.of(
            killed("a#1", "a", Quantity.exact(120), "police"),
            claim("b#1", "b", "killed", "people", Quantity.exact(19))
                .event("Garut flood").flag(ClaimFlag.CHANGE).build(),
            claim("c#1", "c", "killed", "people", Quantity.exact(5000))
                .event("Garut flood").flag(ClaimFlag.PLANNED).build());
    assertThat(reconciler.reconcile(claims, SAME_DAY)).isEmpty();
  }

  @Test
  void householdsAndPeopleAreNotComparedButSoldiersAndPeopleAre() {
    List<Claim> households =
        List.of(
            claim("a#1", "a", "displaced", "garut", Quantity.exact(300)).unit("households").build(),
            claim("b#1", "b", "displaced", "garut", Quantity.exact(1200)).unit("people").build());
    assertThat(reconciler.reconcile(households, SAME_DAY)).isEmpty();

    List<Claim> soldiers =
        List.of(
            claim("a#1", "a", "deployed", "kp:soldiers", Quantity.exact(300)).unit("soldiers").build(),
            claim("b#1", "b", "deployed", "kp:soldiers", Quantity.exact(1200)).unit("people").build(),
            claim("c#1", "c", "deployed", "kp:soldiers", Quantity.exact(1200)).build());
    List<Finding> findings = reconciler.reconcile(soldiers, SAME_DAY);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).startsWith(
            "Sources disagree on North Korean soldiers deployed: 300"));
  }

  @Test
  void differentStoriesAndDifferentEventsAreNeverCompared() {
    Map<String, ArticleInfo> arts =
        articles(
            article("a", "Harian A", "2025-10-02", "garut-flood"),
            article("b", "Warta B", "2025-10-02", "bandung-quake"),
            article("c", "Kabar C", "2025-10-02", "garut-flood"),
            article("d", "Pos D", "2025-10-02", "garut-flood"));
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(120)).build(),
            claim("b#1", "b", "killed", "people", Quantity.exact(3000)).build(),
            claim("c#1", "c", "killed", "people", Quantity.exact(120)).event("Garut flood").build(),
            claim("d#1", "d", "killed", "people", Quantity.exact(45)).event("Sukabumi landslide")
                .build());

    List<Finding> findings = reconciler.reconcile(claims, arts);

    // b#1 is in another story; c#1 and d#1 name different events
    assertThat(findings).noneMatch(f -> f.claimIds().contains("b#1"));
    assertThat(findings).noneMatch(f -> f.claimIds().containsAll(List.of("c#1", "d#1")));
    // a#1 names no event: comparable with both named events of its own story
    assertThat(findings).extracting(Finding::verdict, Finding::claimIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Verdict.CONFLICT, List.of("a#1", "d#1")),
            org.assertj.core.groups.Tuple.tuple(Verdict.AGREEMENT, List.of("a#1", "c#1")));
  }

  @Test
  void datesAgreeAtYearGranularityAndConflictAtDayGranularity() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "met", "kim_putin", TestClaims.year(2023)).build(),
            claim("b#1", "b", "met", "kim_putin", TestClaims.day("2023-09-13")).build(),
            claim("a#2", "a", "signed", "treaty", TestClaims.day("2024-06-19")).build(),
            claim("b#2", "b", "signed", "treaty", TestClaims.day("2024-06-20")).build());

    List<Finding> findings = reconciler.reconcile(claims, SAME_DAY);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(findings.get(0).explanation())
        .isEqualTo("Sources disagree on the date treaty signed: 19 Jun 2024 (Harian A, as of 2 Oct"
            + " 2025) vs 20 Jun 2024 (Warta B, as of 2 Oct 2025).");
    assertThat(findings.get(1).verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(findings.get(1).claimIds()).containsExactly("a#1", "b#1");
    assertThat(findings.get(1).explanation()).contains("2023 (Harian A").contains("13 Sep 2023");
  }

  @Test
  void toleranceOverrideForAPredicateChangesTheVerdict() {
    List<Claim> claims =
        List.of(
            claim("a#1", "a", "shipped", "rounds", Quantity.approximately(600)).build(),
            claim("b#1", "b", "shipped", "rounds", Quantity.exact(680)).build());

    assertThat(Reconciler.standard().reconcile(claims, SAME_DAY))
        .extracting(Finding::verdict).containsExactly(Verdict.CONFLICT);
    assertThat(Reconciler.of(RuleSet.defaults().withTolerance("shipped", 0.2))
            .reconcile(claims, SAME_DAY))
        .extracting(Finding::verdict).containsExactly(Verdict.AGREEMENT);
    // an override for another predicate changes nothing
    assertThat(Reconciler.of(RuleSet.defaults().withTolerance("killed", 0.2))
            .reconcile(claims, SAME_DAY))
        .extracting(Finding::verdict).containsExactly(Verdict.CONFLICT);
  }
}
