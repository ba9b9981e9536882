package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.SourceReliability;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The most likely value of a disputed figure and the reliability of sources, on small sets of
 * articles written for these tests.
 */
class LikelyValuesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

  private static Article article(String id, String date, String outlet, String text) {
    return article(id, date, outlet, "bencana/longsor-bukit-hijau", text);
  }

  private static Article article(String id, String date, String outlet, String story, String text) {
    Article.Builder b = Article.builder(id, text).source(outlet).story(story);
    return date == null ? b.build() : b.published(LocalDate.parse(date)).build();
  }

  private static Report check(RuleSet rules, Article... articles) {
    return ClaimChecker.builder().today(TODAY).ruleSet(rules).build().check(List.of(articles));
  }

  private static Report check(Article... articles) {
    return check(RuleSet.defaults(), articles);
  }

  /**
   * The default rules with the dead counted as a figure that does not change over time, so that
   * support alone decides between figures of one day (a count that only grows takes a higher
   * figure of the same day as the later one; see the tests on time below).
   */
  private static final RuleSet SUPPORT = RuleSet.defaults().withCounting("killed", CountKind.FIXED);

  /** The one disputed finding on {@code predicate} and its likely value. */
  private static Likely likely(Report report, String predicate) {
    List<Finding> disputed = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.predicate().equals(predicate)
          && (f.verdict() == Verdict.CONFLICT || f.verdict() == Verdict.UNRESOLVED)) {
        disputed.add(f);
      }
    }
    assertThat(disputed).as("disputed findings on %s in %s", predicate, report.findings())
        .hasSize(1);
    assertThat(disputed.get(0).likely()).as("likely value of %s", disputed.get(0)).isPresent();
    return disputed.get(0).likely().get();
  }

  private static SourceReliability source(Report report, String name) {
    return report.sources().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no source " + name + " in " + report.sources()));
  }

  @Test
  void anIndependentMajorityBeatsThreeOutletsCopyingOneOutlet() {
    // three outlets repeat what one daily reported; two outlets have their own sources
    Report report = check(SUPPORT,
        article("c1", "2025-03-03", "Warta Satu", "Longsor di Bukit Hijau menewaskan 40 orang, menurut Harian Pagi."),
        article("c2", "2025-03-03", "Warta Dua", "Menurut Harian Pagi, longsor di Bukit Hijau menewaskan 40 orang."),
        article("c3", "2025-03-03", "Warta Tiga", "Longsor di Bukit Hijau menewaskan 40 orang, menurut Harian Pagi."),
        article("i1", "2025-03-03", "Kabar Timur", "Longsor di Bukit Hijau menewaskan 35 orang, kata Kepala BPBD."),
        article("i2", "2025-03-03", "Suara Barat", "Longsor di Bukit Hijau menewaskan 35 orang, kata polisi."));

    Likely likely = likely(report, "killed");
    assertThat(likely.value()).isEqualTo(Quantity.exact(35));
    assertThat(likely.claimIds()).containsExactly("i1#1", "i2#1");
    assertThat(likely.independentSources()).isEqualTo(2);
    assertThat(likely.confidence()).isGreaterThan(0.6).isLessThan(1);
    assertThat(likely.reason())
        .startsWith("35 has the most support: 2 independent sources (Kepala BPBD, polisi)")
        .contains("40: 1 (Harian Pagi via 3 outlets)");
  }

  @Test
  void anIndependentMajorityBeatsOneOutletRepeatingItself() {
    Report report = check(SUPPORT,
        article("k1", "2025-03-03", "Kabar Timur", "Longsor di Bukit Hijau menewaskan 40 orang."),
        article("k2", "2025-03-03", "Kabar Timur", "Sebanyak 40 orang tewas akibat longsor di Bukit Hijau."),
        article("k3", "2025-03-03", "Kabar Timur", "Korban tewas longsor di Bukit Hijau 40 orang."),
        article("s1", "2025-03-03", "Suara Barat", "Longsor di Bukit Hijau menewaskan 35 orang."),
        article("w1", "2025-03-03", "Warta Utara", "Longsor di Bukit Hijau menewaskan 35 orang."));

    Likely likely = likely(report, "killed");
    assertThat(likely.value()).isEqualTo(Quantity.exact(35));
    assertThat(likely.independentSources()).isEqualTo(2);
    assertThat(likely.reason()).contains("40: 1 (Kabar Timur)");
    assertThat(source(report, "Kabar Timur").reliability())
        .isLessThan(source(report, "Suara Barat").reliability());
  }

  @Test
  void tiesGiveLowConfidenceAndSaySo() {
    Report report = check(SUPPORT,
        article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang."),
        article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 35 orang."));

    Likely likely = likely(report, "killed");
    assertThat(likely.confidence()).isEqualTo(0.5);
    assertThat(likely.independentSources()).isEqualTo(1);
    assertThat(likely.reason()).startsWith("A tie: ")
        .contains("35 with 1 independent source (Warta B) and 40 with 1 independent source"
            + " (Harian A) have the same support")
        .contains("neither is more likely and the confidence is low");
    // a tie still names a value, deterministically: the lower one when support and claims match
    assertThat(likely.value()).isEqualTo(Quantity.exact(35));
  }

  @Test
  void threeEqualValuesAreATieOfThree() {
    Report report = check(SUPPORT,
        article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang."),
        article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 35 orang."),
        article("c1", "2025-03-03", "Kabar C", "Longsor di Bukit Hijau menewaskan 30 orang."));

    for (Finding f : report.findings(Verdict.CONFLICT)) {
      Likely likely = f.likely().orElseThrow();
      assertThat(likely.confidence()).isEqualTo(0.5); // each finding weighs two of them
      assertThat(likely.reason()).startsWith("A tie: ");
    }
  }

  @Test
  void aPriorMovesTheResult() {
    Article bpbd = article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang, kata Kepala BPBD.");
    Article police = article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 35 orang, kata polisi.");

    Likely none = likely(check(SUPPORT, bpbd, police), "killed");
    assertThat(none.reason()).startsWith("A tie");

    Likely trustBpbd = likely(check(SUPPORT.with(Rules.sourcePrior("BPBD", 0.95)),
        bpbd, police), "killed");
    assertThat(trustBpbd.value()).isEqualTo(Quantity.exact(40));
    assertThat(trustBpbd.confidence()).isGreaterThan(0.5);
    assertThat(trustBpbd.reason()).contains("Prior reliability given: Kepala BPBD 0.95");

    Likely trustPolice = likely(check(RuleSet.builder().addDefaults().sourcePrior("polisi", 0.95)
        .build().withCounting("killed", CountKind.FIXED), bpbd, police), "killed");
    assertThat(trustPolice.value()).isEqualTo(Quantity.exact(35));

    Likely distrustOutlet = likely(check(SUPPORT.withSourcePrior("Harian A", 0.3),
        bpbd, police), "killed");
    assertThat(distrustOutlet.value()).isEqualTo(Quantity.exact(35));
  }

  @Test
  void aPriorIsWhereTheReliabilityStartsAndStaysWithoutEvidence() {
    Report report = check(RuleSet.defaults().withSourcePrior("Harian A", 0.9),
        article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang."),
        article("b1", "2025-03-04", "Warta B", "Longsor di Bukit Hijau mengakibatkan 120 warga mengungsi."));
    assertThat(report.findings()).isEmpty();
    assertThat(source(report, "Harian A").reliability()).isEqualTo(0.9);
    assertThat(source(report, "Warta B").reliability())
        .isEqualTo(RuleSet.DEFAULT_SOURCE_RELIABILITY);
  }

  @Test
  void theLatestOfCumulativeFiguresWins() {
    Article first = article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang, kata Kepala BPBD.");
    Article second = article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 40 orang, kata polisi.");
    Article later = article("c1", "2025-03-06", "Kabar C", "Korban tewas longsor di Bukit Hijau kini 36 orang, kata Basarnas.");

    Report report = check(first, second, later);
    Likely likely = likely(report, "killed");
    assertThat(likely.value()).isEqualTo(Quantity.exact(36));
    assertThat(likely.independentSources()).isEqualTo(1);
    assertThat(likely.reason()).contains("For a running count the latest report weighs most (6 Mar 2025): 36.");

    // the same figures as a quantity that does not change over time: the majority wins
    Report fixed = check(RuleSet.defaults().withCounting("killed", CountKind.FIXED),
        first, second, later);
    Likely majority = likely(fixed, "killed");
    assertThat(majority.value()).isEqualTo(Quantity.exact(40));
    assertThat(majority.independentSources()).isEqualTo(2);
    assertThat(majority.reason()).doesNotContain("latest");
  }

  @Test
  void onOneDayTheTimeOfDayDecidesBetweenEqualSupport() {
    Report report = check(
        article("a1", "2025-03-03", "Harian A", "Hingga pukul 10.00 WIB, longsor di Bukit Hijau menewaskan 40 orang."),
        article("b1", "2025-03-03", "Warta B", "Hingga pukul 20.00 WIB, longsor di Bukit Hijau menewaskan 37 orang."));
    Likely likely = likely(report, "killed");
    assertThat(likely.value()).isEqualTo(Quantity.exact(37));
    assertThat(likely.reason()).doesNotStartWith("A tie")
        .contains("the latest report weighs most (3 Mar 2025 20:00 UTC+7): 37.");

    // a figure of that day without a time of day may be from any time of it, so it is no later
    // than the latest time given; the dead only grow, so a lower one of them is the earlier
    Report unclocked = check(
        article("a1", "2025-03-03", "Harian A", "Hingga pukul 20.00 WIB, longsor di Bukit Hijau menewaskan 40 orang."),
        article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 37 orang."));
    assertThat(likely(unclocked, "killed").value()).isEqualTo(Quantity.exact(40));
    assertThat(likely(unclocked, "killed").reason()).endsWith("weighs half: 37.");
    // a higher one may be later or earlier than the timed figure: neither wins
    Report higher = check(
        article("a1", "2025-03-03", "Harian A", "Hingga pukul 20.00 WIB, longsor di Bukit Hijau menewaskan 40 orang."),
        article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 42 orang."));
    assertThat(likely(higher, "killed").reason()).startsWith("A tie");
  }

  @Test
  void ofACountThatOnlyGrowsTheHigherFigureOfTheSameDayInAnotherArticleIsTheLaterOne() {
    Article lower = article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang, kata Kepala BPBD.");
    Article upper = article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 44 orang, kata Basarnas.");
    Likely likely = likely(check(lower, upper), "killed");
    assertThat(likely.value()).isEqualTo(Quantity.exact(44));
    assertThat(likely.confidence()).isGreaterThan(0.5).isLessThan(0.6);
    assertThat(likely.reason()).startsWith("44 has the most support: 1 independent source (Basarnas)")
        .contains("The support is close, so the confidence is low.")
        .endsWith("The count only grows, so a figure of the same day without a time of day that"
            + " another article tops is taken as the earlier update and weighs half: 40.");

    // support still counts: two independent sources of the lower figure outweigh one
    Article again = article("c1", "2025-03-03", "Kabar C", "Longsor di Bukit Hijau menewaskan 40 orang, kata polisi.");
    assertThat(likely(check(lower, upper, again), "killed").value()).isEqualTo(Quantity.exact(40));

    // two figures of one article are no updates of each other
    Article both = article("d1", "2025-03-03", "Suara D", "Longsor di Bukit Hijau menewaskan 40 orang."
        + " Di bagian lain, korban tewas longsor di Bukit Hijau disebut 44 orang.");
    assertThat(likely(check(both), "killed").reason()).startsWith("A tie");

    // a count that rises and falls: the same day gives no order
    Report missing = check(
        article("a1", "2025-03-03", "Harian A", "Sebanyak 12 orang hilang akibat longsor di Bukit Hijau."),
        article("b1", "2025-03-03", "Warta B", "Sebanyak 15 orang hilang akibat longsor di Bukit Hijau."));
    assertThat(likely(missing, "missing").reason()).startsWith("A tie");
  }

  @Test
  void aSourceOftenAloneAgainstTheRestLosesReliabilityAndThenLosesAOneToOne() {
    Report report = check(SUPPORT,
        article("t1", "2025-03-03", "Harian Tunggal", "bencana/satu", "Banjir di Lembah Sari menewaskan 50 orang."),
        article("a1", "2025-03-03", "Kabar A", "bencana/satu", "Banjir di Lembah Sari menewaskan 44 orang."),
        article("b1", "2025-03-03", "Kabar B", "bencana/satu", "Banjir di Lembah Sari menewaskan 44 orang."),
        article("t2", "2025-04-10", "Harian Tunggal", "bencana/dua", "Gempa di Pulau Jati menewaskan 70 orang."),
        article("a2", "2025-04-10", "Kabar A", "bencana/dua", "Gempa di Pulau Jati menewaskan 61 orang."),
        article("c2", "2025-04-10", "Kabar C", "bencana/dua", "Gempa di Pulau Jati menewaskan 61 orang."),
        article("t3", "2025-05-20", "Harian Tunggal", "bencana/tiga", "Longsor di Desa Randu menewaskan 20 orang."),
        article("d3", "2025-05-20", "Kabar D", "bencana/tiga", "Longsor di Desa Randu menewaskan 17 orang."));

    SourceReliability alone = source(report, "Harian Tunggal");
    assertThat(alone.claims()).isEqualTo(3);
    assertThat(alone.disagreed()).isEqualTo(3);
    assertThat(alone.agreed()).isZero();
    assertThat(alone.reliability()).isLessThan(0.5);
    assertThat(source(report, "Kabar A").reliability()).isGreaterThan(0.8);

    Finding third = report.findings(Verdict.CONFLICT).stream()
        .filter(f -> f.claimIds().contains("t3#1")).findFirst().orElseThrow();
    Likely likely = third.likely().orElseThrow();
    assertThat(likely.value()).isEqualTo(Quantity.exact(17));
    assertThat(likely.confidence()).isGreaterThan(0.55);
    assertThat(likely.reason()).doesNotStartWith("A tie")
        .contains("Harian Tunggal is often alone against the other sources (reliability 0.");
  }

  @Test
  void anUnresolvedDifferenceGetsALikelyValueTooExplainedAndAgreementsNone() {
    Report report = check(
        article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 25 orang, kata Kepala BPBD."),
        article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 25 orang, kata polisi."),
        article("c1", null, "Kabar C", "Longsor di Bukit Hijau menewaskan 31 orang."),
        article("d1", "2025-03-03", "Suara D", "bencana/banjir-lembah", "Banjir di Lembah Sari menewaskan 12 orang."),
        article("e1", "2025-03-09", "Pos E", "bencana/banjir-lembah", "Banjir di Lembah Sari menewaskan 19 orang."));

    Likely likely = likely(report, "killed");
    assertThat(likely.value()).isEqualTo(Quantity.exact(25));
    assertThat(likely.reason()).contains("31: 1 (Kabar C)")
        .endsWith(" A figure of unknown time weighs half.").doesNotContain("latest");
    assertThat(report.findings(Verdict.UNRESOLVED)).hasSize(1);
    for (Finding f : report.findings()) {
      if (f.verdict() == Verdict.EXPLAINED || f.verdict() == Verdict.AGREEMENT) {
        assertThat(f.likely()).as("%s", f).isEmpty();
      }
    }
    assertThat(report.findings(Verdict.EXPLAINED)).isNotEmpty();
    assertThat(report.findings(Verdict.AGREEMENT)).isNotEmpty();
  }

  @Test
  void aPartAgainstItsTotalHasNoLikelyValue() {
    Report report = check(
        article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 12 orang. "
            + "Di Kecamatan Timur, longsor menewaskan 15 orang."));
    List<Finding> parts = report.findings().stream()
        .filter(f -> f.rule().equals(RuleSet.PARTS_AND_TOTALS)).toList();
    assertThat(parts).isNotEmpty();
    assertThat(parts).allSatisfy(f -> assertThat(f.likely()).isEmpty());
  }

  @Test
  void partsNamedInOtherWordsAreOneQuantityAndTheMostPreciseValueIsShown() {
    Map<String, ArticleInfo> infos = TestClaims.articles(
        TestClaims.article("a", "Harian A", "2025-10-02"),
        TestClaims.article("b", "Warta B", "2025-10-02"),
        TestClaims.article("c", "Kabar C", "2025-10-02"));
    List<Claim> claims = List.of(
        TestClaims.claim("a#1", "a", "killed", "people", Quantity.exact(9))
            .scope(Scope.place("kecamatan_timur", "Kecamatan Timur")).build(),
        TestClaims.claim("b#1", "b", "killed", "people", Quantity.atLeast(11))
            .scope(Scope.place("kecamatan_timur", "Kec. Timur")).build(),
        TestClaims.claim("c#1", "c", "killed", "people", Quantity.exact(12))
            .scope(Scope.place("kecamatan_timur", "Timur")).build());
    Reconciliation result = Reconciler.standard().run(claims, infos);
    Finding conflict = withVerdictConflict(result.findings());
    Likely likely = conflict.likely().orElseThrow();
    assertThat(likely.value()).isEqualTo(Quantity.exact(12)); // exact before a bound
    assertThat(likely.claimIds()).containsExactly("b#1", "c#1");
    assertThat(likely.independentSources()).isEqualTo(2);
    assertThat(likely.reason()).startsWith("12 has the most support: 2 independent sources"
        + " (Warta B, Kabar C) vs 9: 1 (Harian A).");
    assertThat(result.sources()).extracting(SourceReliability::name)
        .containsExactly("Harian A", "Kabar C", "Warta B");
  }

  @Test
  void theReadmeExampleIsWhatTheEstimateSays() throws Exception {
    Map<String, ArticleInfo> infos = TestClaims.articles(
        TestClaims.article("a", "Harian A", "2025-03-03"),
        TestClaims.article("b", "Warta B", "2025-03-03"),
        TestClaims.article("c", "Kabar C", "2025-03-03"),
        TestClaims.article("d", "Suara D", "2025-03-03"));
    List<Claim> claims = List.of(
        TestClaims.claim("a#1", "a", "killed", "people", Quantity.exact(27)).attribution("BNPB").build(),
        TestClaims.claim("b#1", "b", "killed", "people", Quantity.exact(27)).attribution("BNPB").build(),
        TestClaims.claim("c#1", "c", "killed", "people", Quantity.exact(31)).attribution("polisi").build(),
        TestClaims.claim("d#1", "d", "killed", "people", Quantity.exact(31)).build());
    Likely likely = withVerdictConflict(Reconciler.standard().run(claims, infos).findings())
        .likely().orElseThrow();
    assertThat(likely.reason()).isEqualTo(
        "31 has the most support: 2 independent sources (polisi, Suara D) vs 27: 1 (BNPB via 2"
            + " outlets). For a running count the latest report weighs most (3 Mar 2025): 31. The"
            + " count only grows, so a figure of the same day without a time of day that another"
            + " article tops is taken as the earlier update and weighs half: 27.");
    java.nio.file.Path readme = java.nio.file.Path.of("../README.md");
    assertThat(java.nio.file.Files.readString(readme)).contains("\n> " + likely.reason() + "\n");
  }

  private static Finding withVerdictConflict(List<Finding> findings) {
    List<Finding> conflicts = TestClaims.withVerdict(findings, Verdict.CONFLICT);
    assertThat(conflicts).hasSize(1);
    return conflicts.get(0);
  }

  @Test
  void sourcesListEveryOutletAndNamedSourceSortedByName() {
    Report report = check(
        article("a1", "2025-03-03", "warta B", "Longsor di Bukit Hijau menewaskan 40 orang, kata Kepala BPBD."),
        article("b1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 35 orang, kata polisi."),
        article("c1", "2025-03-03", "Kabar C", "Longsor di Bukit Hijau menewaskan 35 orang."));

    assertThat(report.sources()).extracting(SourceReliability::name)
        .containsExactly("Harian A", "Kabar C", "Kepala BPBD", "polisi", "warta B");
    assertThat(report.sources()).isSortedAccordingTo(
        Comparator.comparing(SourceReliability::name, String.CASE_INSENSITIVE_ORDER));
    assertThat(source(report, "polisi").kind()).isEqualTo(SourceReliability.Kind.ORIGIN);
    assertThat(source(report, "Kabar C").kind()).isEqualTo(SourceReliability.Kind.OUTLET);
    SourceReliability lonely = source(report, "warta B");
    assertThat(lonely.disagreed()).isEqualTo(1);
    assertThat(lonely.reliability()).isLessThan(source(report, "Harian A").reliability());
    assertThat(source(report, "Harian A").agreed()).isEqualTo(1);
    for (SourceReliability s : report.sources()) {
      assertThat(s.reliability()).isStrictlyBetween(0.0, 1.0);
    }
  }

  @Test
  void theJsonIsByteIdenticalWhateverTheThreadCount() {
    List<Article> articles = new ArrayList<>();
    String[] outlets = {"Harian A", "Warta B", "Kabar C", "Suara D", "Pos E"};
    for (int i = 0; i < 30; i++) {
      int toll = 30 + (i % 4) * 3 + (i % 7 == 0 ? 20 : 0);
      articles.add(article("x" + i, "2025-03-0" + (1 + i % 5), outlets[i % outlets.length],
          "bencana/cerita-" + (i % 3),
          "Banjir di Lembah " + (i % 3) + " menewaskan " + toll + " orang, kata "
              + (i % 2 == 0 ? "Kepala BPBD" : "polisi") + "."));
    }
    ClaimChecker one = ClaimChecker.builder().today(TODAY).parallelism(1).build();
    ClaimChecker four = ClaimChecker.builder().today(TODAY).parallelism(4).build();
    Report report = one.check(articles);
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.likely()).isPresent());
    assertThat(report.sources()).isNotEmpty();
    String json = ReportJson.toJson(report);
    assertThat(json).contains("\"likely\" : {", "\"sources\" : [");
    assertThat(ReportJson.toJson(four.check(articles))).isEqualTo(json);
    List<Article> reversed = new ArrayList<>(articles);
    java.util.Collections.reverse(reversed);
    Report other = four.check(reversed);
    assertThat(other.sources()).isEqualTo(report.sources());
    assertThat(other.findings()).isEqualTo(report.findings());
  }

  /** The prior setting: where it is given and what it refuses. */
  @Nested
  class Priors {

    @Test
    void aPriorIsKeptByNameAndReplacedByWith() {
      RuleSet rules = RuleSet.defaults().withSourcePrior(" BNPB ", 0.95)
          .with(Rules.sourcePrior("Antara", 0.9));
      assertThat(rules.sourcePriors()).containsExactly(Map.entry("Antara", 0.9),
          Map.entry("BNPB", 0.95));
      assertThat(rules.withSourcePrior("bnpb", 0.7).sourcePriors())
          .containsExactly(Map.entry("Antara", 0.9), Map.entry("bnpb", 0.7));
      assertThat(rules.with(Rules.sourcePrior("BNPB", 0.6)).sourcePriors())
          .containsEntry("BNPB", 0.6);
      assertThat(RuleSet.defaults().sourcePriors()).isEmpty();
      assertThat(rules.toBuilder().build().sourcePriors()).isEqualTo(rules.sourcePriors());
    }

    @Test
    void badPriorsFailWhenGivenNamingTheSource() {
      assertThatThrownBy(() -> Rules.sourcePrior("BNPB", 1.0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prior reliability of 'BNPB' must be strictly between 0 and 1, got 1.0");
      assertThatThrownBy(() -> Rules.sourcePrior("BNPB", Double.NaN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RuleSet.defaults().withSourcePrior("BNPB", 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Rules.sourcePrior("  ", 0.5))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("source name is blank");
      assertThatThrownBy(() -> RuleSet.builder().sourcePrior("BNPB", 0.9).sourcePrior("bnpb", 0.8))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prior reliability of 'bnpb' is already set (0.9)");
    }

    @Test
    void composingSetsKeepsPriorsAndRefusesTwoDifferentOnes() {
      RuleSet a = RuleSet.builder().sourcePrior("BNPB", 0.9).build();
      RuleSet b = RuleSet.builder().sourcePrior("Antara", 0.8).sourcePrior("bnpb", 0.9).build();
      assertThat(a.with(b).sourcePriors()).containsOnlyKeys("Antara", "BNPB");
      RuleSet c = RuleSet.builder().sourcePrior("bnpb", 0.5).build();
      assertThatThrownBy(() -> a.with(c)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prior reliability of 'bnpb' is defined twice: 0.9 and 0.5");
    }

    @Test
    void aPriorAppliesToTheSourceHoldingAllItsWordsTheMostSpecificFirst() {
      Article a = article("a1", "2025-03-03", "Harian A", "Longsor di Bukit Hijau menewaskan 40 orang, kata Kepala Pusat Data BNPB.");
      Article b = article("b1", "2025-03-03", "Warta B", "Longsor di Bukit Hijau menewaskan 35 orang, kata polisi.");
      RuleSet rules = SUPPORT.withSourcePrior("BNPB", 0.2)
          .withSourcePrior("pusat data BNPB", 0.95);
      Report report = check(rules, a, b);
      assertThat(likely(report, "killed").value()).isEqualTo(Quantity.exact(40));
      assertThat(likely(report, "killed").reason()).contains("Kepala Pusat Data BNPB 0.95");
      Report general = check(SUPPORT.withSourcePrior("BNPB", 0.2), a, b);
      assertThat(likely(general, "killed").value()).isEqualTo(Quantity.exact(35));
    }
  }
}
