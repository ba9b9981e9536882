package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.byRule;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static io.github.claimcheck.reconcile.TestClaims.withVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.ClockTime;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Verdict;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parts, totals, complete breakdowns and combined counts, with hand-built claims. */
class PartsAndTotalsRuleTest {

  private static final Map<String, ArticleInfo> ARTICLES = articles(
      article("a", "Harian A", "2025-10-02", "quake"),
      article("b", "Warta B", "2025-10-02", "quake"),
      article("c", "Kabar C", "2025-10-05", "quake"),
      article("x", "Harian X", null, "quake"));

  private static final Scope NORTH = Scope.place("utara", "Kabupaten Utara");
  private static final Scope WEST = Scope.place("barat", "Kabupaten Barat");
  private static final Scope EAST = Scope.place("timur", "Kabupaten Timur");

  private static Claim.Builder killed(String id, String article, Quantity q) {
    return claim(id, article, "killed", "people", q).event("earthquake");
  }

  private static List<Finding> reconcile(List<Claim> claims) {
    return Reconciler.standard().reconcile(claims, ARTICLES);
  }

  @Test
  void partsAreComparedOnlyWithinTheirScopeNeverAsTheTotal() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(131)).build(),
        killed("a#2", "a", Quantity.exact(23)).scope(WEST).build(),
        killed("b#1", "b", Quantity.exact(131)).build(),
        killed("b#2", "b", Quantity.exact(23)).scope(WEST).build());
    List<Finding> findings = reconcile(claims);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(findings, Verdict.AGREEMENT)).extracting(Finding::explanation)
        .containsExactly(
            "2 articles agree on people killed in earthquake: 131 (Harian A, as of 2 Oct 2025)"
                + " and 131 (Warta B, as of 2 Oct 2025).",
            "2 articles agree on people killed in Kabupaten Barat in earthquake: 23 (Harian A, as"
                + " of 2 Oct 2025) and 23 (Warta B, as of 2 Oct 2025).");
  }

  @Test
  void twoSourcesDisagreeingOnOnePartIsAConflictNamingThePart() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(23)).scope(WEST).build(),
        killed("b#1", "b", Quantity.exact(30)).scope(WEST).build());
    assertThat(withVerdict(reconcile(claims), Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).isEqualTo(
            "Sources disagree on people killed in Kabupaten Barat in earthquake: 23 (Harian A,"
                + " as of 2 Oct 2025) vs 30 (Warta B, as of 2 Oct 2025)."));
  }

  @Test
  void aPartLargerThanItsTotalInOneArticleIsAConflict() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(40)).build(),
        killed("a#2", "a", Quantity.exact(55)).scope(NORTH).build(),
        killed("a#3", "a", Quantity.exact(10)).scope(WEST).build());
    List<Finding> found = byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.claimIds()).containsExactly("a#1", "a#2");
      assertThat(f.explanation()).isEqualTo("A total is smaller than a part of it: 40 (Harian A,"
          + " as of 2 Oct 2025) for people killed in earthquake in all, but 55 (Harian A, as of"
          + " 2 Oct 2025) in Kabupaten Utara.");
    });
  }

  @Test
  void aPartNoWordNamesIsComparedWithItsOwnArticleOnly() {
    // "11 of them died" in b: a part of b's group, whatever total a gives
    Scope ofThem = Scope.unnamedPart(Scope.Kind.STATUS, 120, "11");
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(9)).build(),
        killed("b#1", "b", Quantity.exact(11)).scope(ofThem).build(),
        killed("c#1", "c", Quantity.exact(11)).scope(Scope.unnamedPart(Scope.Kind.STATUS, 120, "11"))
            .build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).isEmpty();
    assertThat(withVerdict(reconcile(claims), Verdict.AGREEMENT))
        .as("the same offset in two articles names no common part").isEmpty();
    List<Claim> own = List.of(
        killed("b#1", "b", Quantity.exact(9)).build(),
        killed("b#2", "b", Quantity.exact(11)).scope(ofThem).build());
    assertThat(byRule(reconcile(own), RuleSet.PARTS_AND_TOTALS)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("b#1", "b#2"));
  }

  @Test
  void partsAboveOneTotalGiveOneFinding() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(4)).build(),
        killed("a#2", "a", Quantity.exact(10)).scope(NORTH).build(),
        killed("a#3", "a", Quantity.exact(8)).scope(WEST).build(),
        killed("a#4", "a", Quantity.exact(2)).scope(EAST).build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).singleElement()
        .satisfies(f -> {
          assertThat(f.claimIds()).containsExactly("a#1", "a#2", "a#3");
          assertThat(f.explanation()).endsWith("but 10 (Harian A, as of 2 Oct 2025) in Kabupaten"
              + " Utara and 8 (Harian A, as of 2 Oct 2025) in Kabupaten Barat.");
        });
  }

  @Test
  void aPartIsComparedWithItsOwnArticlesTotalWhenItGivesOne() {
    // Harian A's own total holds its part; Warta B's lower total is a disagreement between
    // totals, which value-conflict reports, not a part above its total.
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(60)).build(),
        killed("a#2", "a", Quantity.exact(55)).scope(NORTH).build(),
        killed("b#1", "b", Quantity.exact(40)).build());
    List<Finding> findings = reconcile(claims);
    assertThat(byRule(findings, RuleSet.PARTS_AND_TOTALS)).isEmpty();
    assertThat(byRule(findings, RuleSet.VALUE_CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
  }

  @Test
  void aPartAboveOnlySomeOfTheComparedTotalsIsNoPartFinding() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(40)).build(),
        killed("b#1", "b", Quantity.exact(70)).build(),
        killed("c#1", "c", Quantity.exact(55)).scope(NORTH).build(),
        killed("c#2", "c", Quantity.exact(90)).build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).isEmpty();
  }

  @Test
  void aPartAboveAnotherSourcesTotalCountsOnlyForTheSameTime() {
    Claim total = killed("a#1", "a", Quantity.exact(40)).build();
    Claim sameDay = killed("b#1", "b", Quantity.exact(55)).scope(NORTH).build();
    Claim later = killed("c#1", "c", Quantity.exact(55)).scope(NORTH).build();
    Claim unknownTime = killed("x#1", "x", Quantity.exact(55)).scope(NORTH).build();
    assertThat(byRule(reconcile(List.of(total, sameDay)), RuleSet.PARTS_AND_TOTALS)).hasSize(1);
    // Three days later the toll may have grown past the earlier total.
    assertThat(byRule(reconcile(List.of(total, later)), RuleSet.PARTS_AND_TOTALS)).isEmpty();
    assertThat(byRule(reconcile(List.of(total, unknownTime)), RuleSet.PARTS_AND_TOTALS)).isEmpty();
  }

  @Test
  void aPartReportedLaterTheSameDayMayExceedAnEarlierTotal() {
    ClockTime five = ClockTime.of(LocalTime.of(17, 0), ZoneOffset.ofHours(7));
    ClockTime eight = ClockTime.of(LocalTime.of(20, 0), ZoneOffset.ofHours(8));
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(40)).clock(five, "pukul 17.00 WIB").build(),
        killed("b#1", "b", Quantity.exact(55)).scope(NORTH).clock(eight, "pukul 20.00 WITA").build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).isEmpty();
  }

  @Test
  void aCompleteBreakdownThatDoesNotAddUpIsAConflictListingThePartsAndTheirSum() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(37)).attribution("BNPB").build(),
        killed("a#2", "a", Quantity.exact(19)).scope(NORTH).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#3", "a", Quantity.exact(15)).scope(WEST).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#4", "a", Quantity.exact(7)).scope(EAST).flag(ClaimFlag.BREAKDOWN).build());
    List<Finding> found = byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.claimIds()).containsExactly("a#1", "a#2", "a#3", "a#4");
      assertThat(f.explanation()).isEqualTo("Harian A lists people killed in earthquake part by"
          + " part as a complete list, but the parts do not add up to the total: Kabupaten Utara"
          + " 19, Kabupaten Barat 15 and Kabupaten Timur 7 make 41, the total is 37 (Harian A,"
          + " BNPB, as of 2 Oct 2025).");
    });
  }

  @Test
  void aPartInTheSentenceOfAFlaggedListBelongsToTheList() {
    // "189 aboard: 178 adults, 1 child, 2 infants, 8 crew", the first item not flagged itself
    // and read with a time of day the others lack.
    Span sentence = Span.of(0, 80);
    ClockTime clock = ClockTime.of(LocalTime.of(6, 33), ZoneOffset.ofHours(7));
    List<Claim> claims = List.of(
        claim("a#1", "a", "other", "aboard", Quantity.exact(189)).clock(clock, "06.33")
            .sentence(sentence, "s").build(),
        claim("a#2", "a", "other", "aboard", Quantity.exact(178)).clock(clock, "06.33")
            .scope(Scope.category("adults", "dewasa")).sentence(sentence, "s").build(),
        claim("a#3", "a", "other", "aboard", Quantity.exact(1))
            .scope(Scope.category("children", "anak")).flag(ClaimFlag.BREAKDOWN)
            .sentence(sentence, "s").build(),
        claim("a#4", "a", "other", "aboard", Quantity.exact(2))
            .scope(Scope.category("infants", "bayi")).flag(ClaimFlag.BREAKDOWN)
            .sentence(sentence, "s").build(),
        claim("a#5", "a", "other", "aboard", Quantity.exact(8))
            .scope(Scope.category("crew", "kru")).flag(ClaimFlag.BREAKDOWN)
            .sentence(sentence, "s").build());
    assertThat(reconcile(claims)).isEmpty();
  }

  @Test
  void aFinerBreakdownByTwoCategoriesIsAListOfItsOwn() {
    // "10 bodies: 5 men and 5 women; in detail, 4 adult men, 1 boy, 4 adult women, 1 girl"
    Scope men = Scope.category("men", "laki-laki");
    Scope women = Scope.category("women", "perempuan");
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(10)).build(),
        killed("a#2", "a", Quantity.exact(5)).scope(men).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#3", "a", Quantity.exact(5)).scope(women).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#4", "a", Quantity.exact(4)).scope(Scope.category("men+adults", "laki-laki dewasa"))
            .flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#5", "a", Quantity.exact(1)).scope(Scope.category("men+children", "laki-laki anak"))
            .flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#6", "a", Quantity.exact(4)).scope(Scope.category("women+adults", "perempuan dewasa"))
            .flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#7", "a", Quantity.exact(1)).scope(Scope.category("women+children", "perempuan anak"))
            .flag(ClaimFlag.BREAKDOWN).build());
    assertThat(Scope.category("men+adults", "laki-laki dewasa").joinedCategories()).isTrue();
    assertThat(men.joinedCategories()).isFalse();
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).isEmpty();

    // the finer list is still checked on its own: 4 + 1 + 4 + 2 is not 10
    List<Claim> off = new java.util.ArrayList<>(claims.subList(0, 6));
    off.add(killed("a#7", "a", Quantity.exact(2))
        .scope(Scope.category("women+children", "perempuan anak")).flag(ClaimFlag.BREAKDOWN).build());
    assertThat(byRule(reconcile(off), RuleSet.PARTS_AND_TOTALS)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "a#4", "a#5", "a#6", "a#7"));
  }

  @Test
  void aBreakdownThatAddsUpIsNoFinding() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(41)).build(),
        killed("a#2", "a", Quantity.exact(19)).scope(NORTH).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#3", "a", Quantity.exact(15)).scope(WEST).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#4", "a", Quantity.exact(7)).scope(EAST).flag(ClaimFlag.BREAKDOWN).build(),
        // a part named twice in the article counts once
        killed("a#5", "a", Quantity.exact(7)).scope(EAST).flag(ClaimFlag.BREAKDOWN).build());
    assertThat(reconcile(claims)).isEmpty();
  }

  @Test
  void hedgedPartsAddUpWithinTheTolerance() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(105)).build(),
        killed("a#2", "a", Quantity.approximately(50)).scope(NORTH).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#3", "a", Quantity.approximately(50)).scope(WEST).flag(ClaimFlag.BREAKDOWN).build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).isEmpty();

    List<Claim> exact = List.of(
        killed("a#1", "a", Quantity.exact(105)).build(),
        killed("a#2", "a", Quantity.exact(50)).scope(NORTH).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#3", "a", Quantity.exact(50)).scope(WEST).flag(ClaimFlag.BREAKDOWN).build());
    assertThat(byRule(reconcile(exact), RuleSet.PARTS_AND_TOTALS)).hasSize(1);
  }

  @Test
  void partsNotPresentedAsCompleteNeedNotAddUp() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(41)).build(),
        killed("a#2", "a", Quantity.exact(19)).scope(NORTH).build(),
        killed("a#3", "a", Quantity.exact(15)).scope(WEST).build());
    assertThat(reconcile(claims)).isEmpty();
  }

  @Test
  void aCombinedCountIsNeverComparedWithAComponentAsTheSameQuantity() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(30)).build(),
        claim("a#2", "a", "other", "killed_or_missing", Quantity.exact(41)).event("earthquake").build(),
        killed("b#1", "b", Quantity.exact(30)).build(),
        claim("b#2", "b", "casualties", "people", Quantity.exact(120)).event("earthquake").build());
    List<Finding> findings = reconcile(claims);
    assertThat(withVerdict(findings, Verdict.CONFLICT)).isEmpty();
    assertThat(withVerdict(findings, Verdict.AGREEMENT)).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("a#1", "b#1"));
  }

  @Test
  void aComponentLargerThanItsCombinedCountIsAConflict() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(50)).build(),
        claim("a#2", "a", "other", "people:killed_or_missing", Quantity.exact(41))
            .event("earthquake").build(),
        claim("a#3", "a", "missing", "people", Quantity.exact(12)).event("earthquake").build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
          assertThat(f.predicate()).isEqualTo("killed");
          assertThat(f.claimIds()).containsExactly("a#1", "a#2");
          assertThat(f.explanation()).isEqualTo("A count is larger than the combined count it"
              + " belongs to: 50 (Harian A, as of 2 Oct 2025) for people killed in earthquake,"
              + " but 41 (Harian A, as of 2 Oct 2025) for people killed or missing in"
              + " earthquake, which counts them and more.");
        });
  }

  @Test
  void woundedAreAComponentOfCasualtiesOfTheSameSubject() {
    List<Claim> claims = List.of(
        claim("a#1", "a", "wounded", "people", Quantity.exact(90)).build(),
        claim("a#2", "a", "casualties", "people", Quantity.atLeast(80)).build(),
        claim("a#3", "a", "casualties", "soldiers", Quantity.exact(20)).build());
    assertThat(byRule(reconcile(claims), RuleSet.PARTS_AND_TOTALS)).isEmpty();
    List<Claim> more = List.of(
        claim("a#1", "a", "wounded", "people", Quantity.exact(90)).build(),
        claim("a#2", "a", "casualties", "people", Quantity.exact(80)).build());
    assertThat(byRule(reconcile(more), RuleSet.PARTS_AND_TOTALS)).hasSize(1);
  }

  @Test
  void plannedAdditionsAndIncrementsAreNeitherPartsNorTotals() {
    List<Claim> claims = List.of(
        killed("a#1", "a", Quantity.exact(40)).build(),
        killed("a#2", "a", Quantity.exact(55)).scope(NORTH).flag(ClaimFlag.PLANNED).build(),
        killed("a#3", "a", Quantity.exact(5)).flag(ClaimFlag.INCREMENT).build(),
        killed("a#4", "a", Quantity.exact(60)).scope(NORTH).flag(ClaimFlag.INCREMENT).build());
    assertThat(reconcile(claims)).isEmpty();
  }
}
