package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Small article sets of our own, checked end to end: extraction, then reconciliation. */
class CheckerEndToEndTest {

  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static Article article(String id, String outlet, String date, String story, String text) {
    return Article.builder(id, text).source(outlet).published(LocalDate.parse(date)).story(story).build();
  }

  private static Set<String> articlesOf(Report report, Finding f) {
    Map<String, Claim> byId = report.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    return f.claimIds().stream().map(id -> byId.get(id).articleId()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Two outlets' reports of the Garut flood on one day, with no time of day. */
  private static Report sameDay(String idA, String textA, String idB, String textB) {
    return CHECKER.check(List.of(article(idA, "Harian A", "2025-10-02", "garut", textA),
        article(idB, "Warta B", "2025-10-02", "garut", textB)));
  }

  private static List<Finding> findings(Report r, Verdict v, String predicate) {
    return r.findings(v).stream().filter(f -> f.predicate().equals(predicate)).collect(Collectors.toList());
  }

  /** Asserts that the report has one finding of the verdict on the predicate, citing those articles. */
  private static void assertOneFindingOf(Report r, Verdict v, String predicate, String... articles) {
    assertThat(findings(r, v, predicate))
        .singleElement()
        .satisfies(f -> assertThat(articlesOf(r, f)).containsExactly(articles));
  }

  @Test
  void threeOutletsOnTheSameDayGiveOneConflictBetweenTwoClusters() {
    Report r = CHECKER.check(List.of(
        article("a", "Harian A", "2025-10-02", "garut", "Banjir bandang di Garut menewaskan 120 orang, kata polisi."),
        article("b", "Warta B", "2025-10-02", "garut", "Korban meninggal banjir di Garut mencapai 131 orang, menurut BPBD."),
        article("c", "Kabar C", "2025-10-02", "garut", "Lebih dari 130 orang tewas dalam banjir di Garut.")));
    List<Finding> conflicts = findings(r, Verdict.CONFLICT, "killed");
    assertThat(conflicts).singleElement().satisfies(f -> {
      assertThat(articlesOf(r, f)).containsExactly("a", "b", "c");
      assertThat(f.explanation()).contains("120").contains("131").contains("Harian A").contains("Warta B");
    });
    assertThat(findings(r, Verdict.AGREEMENT, "killed"))
        .singleElement()
        .satisfies(f -> assertThat(articlesOf(r, f)).containsExactly("b", "c"));
  }

  @Test
  void aTollRevisedDownIsAConflictAndOneThatGrowsIsExplained() {
    Report down = CHECKER.check(List.of(
        article("a", "Harian A", "2025-10-02", "garut", "Banjir di Garut menewaskan 131 orang, kata BPBD."),
        article("b", "Harian A", "2025-10-06", "garut", "Menurut data BPBD, korban meninggal banjir di Garut kini 118 orang.")));
    assertThat(findings(down, Verdict.CONFLICT, "killed"))
        .singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("fell over time"));

    // When the later report says it is a correction, the fall is an explained revision.
    Report corrected = CHECKER.check(List.of(
        article("a", "Harian A", "2025-10-02", "garut", "Banjir di Garut menewaskan 131 orang, kata BPBD."),
        article("b", "Harian A", "2025-10-06", "garut", "BPBD mengoreksi data: korban meninggal banjir di Garut kini 118 orang.")));
    assertThat(corrected.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(findings(corrected, Verdict.EXPLAINED, "killed"))
        .singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("revised down").contains("mengoreksi"));

    Report up = CHECKER.check(List.of(
        article("a", "Harian A", "2025-10-02", "garut", "Banjir di Garut menewaskan 118 orang, kata BPBD."),
        article("b", "Warta B", "2025-10-06", "garut", "Korban meninggal banjir di Garut bertambah menjadi 131 orang.")));
    assertThat(up.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(findings(up, Verdict.EXPLAINED, "killed"))
        .singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("grew over time"));
  }

  @Test
  void anAdditionExplainsALaterTotal() {
    Report r = CHECKER.check(List.of(
        article("early", "Kabar A", "2025-02-01", "deploy",
            "Menurut intelijen, Korea Utara mengirim sekitar 10.000 tentara ke Rusia pada musim gugur tahun lalu. "
                + "Intelijen juga menyebut 2.000 tentara Korea Utara tambahan baru dikerahkan bulan lalu."),
        article("late", "Warta B", "2025-05-01", "deploy",
            "Korea Utara telah mengerahkan total 12.000 tentara ke Rusia, kata pejabat Seoul.")));
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(findings(r, Verdict.EXPLAINED, "deployed"))
        .singleElement()
        .satisfies(f -> {
          assertThat(articlesOf(r, f)).containsExactly("early", "late");
          assertThat(f.explanation()).contains("addition");
        });
  }

  @Test
  void aWeekdayThatDoesNotMatchItsDateIsReportedOnlyWhereItIsWrong() {
    Report r = CHECKER.check(List.of(
        article("right", "Harian A", "2025-05-12", "visit", "Menteri itu berkunjung ke Seoul pada Jumat, 9 Mei 2025."),
        article("wrong", "Warta B", "2025-05-12", "visit", "Menteri itu berkunjung ke Seoul pada Jumat, 10 Mei 2025.")));
    List<Finding> mismatches = r.findings().stream().filter(f -> f.rule().equals("weekday-mismatch")).collect(Collectors.toList());
    assertThat(mismatches).singleElement().satisfies(f -> {
      assertThat(articlesOf(r, f)).containsExactly("wrong");
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
    });
  }

  @Test
  void twoEventsInOneBatchAreNeverCompared() {
    Report byStory = CHECKER.check(List.of(
        article("a", "Harian A", "2025-10-02", "garut-flood", "Banjir menewaskan 120 orang, kata polisi."),
        article("b", "Warta B", "2025-10-02", "aceh-flood", "Banjir menewaskan 45 orang, kata polisi.")));
    assertThat(byStory.claims()).hasSize(2);
    assertThat(byStory.findings()).isEmpty();

    Report byEvent = CHECKER.check(List.of(
        Article.builder("a", "Banjir di Garut menewaskan 120 orang, kata polisi.").published(LocalDate.of(2025, 10, 2)).build(),
        Article.builder("b", "Gempa di Cianjur menewaskan 45 orang, kata polisi.").published(LocalDate.of(2025, 10, 2)).build()));
    assertThat(byEvent.claims()).extracting(c -> c.event().orElse(null)).containsExactly("flood:garut", "earthquake:cianjur");
    assertThat(byEvent.findings()).isEmpty();
  }

  @Test
  void sourcesThatAgreeOnTheSameOriginalSourceAreNotIndependent() {
    Report r = CHECKER.check(List.of(
        article("a", "Kabar A", "2025-05-09", "nk", "Sekitar 600 tentara Korea Utara tewas, menurut intelijen Korea Selatan."),
        Article.builder("b", "About 600 North Korean soldiers have been killed, South Korean intelligence said.")
            .source("Wire B").published(LocalDate.of(2025, 5, 10)).story("nk").build()));
    assertThat(findings(r, Verdict.AGREEMENT, "killed"))
        .singleElement()
        .satisfies(f -> {
          assertThat(articlesOf(r, f)).containsExactly("a", "b");
          assertThat(f.explanation()).contains("not independent");
        });
  }

  @Test
  void anEarlierFigureTheArticleCitesIsNoRivalForTheSameDay() {
    Report r = CHECKER.check(List.of(
        article("a", "Harian A", "2022-12-03", "cianjur",
            "Korban meninggal gempa di Cianjur tercatat 602 orang, kata BNPB. "
                + "Sebelumnya, pemerintah daerah menyebut jumlah korban jiwa mencapai 334 orang.")));
    assertThat(r.claims()).hasSize(2);
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void everyArticleIsListedAndOutputIsDeterministic() {
    List<Article> set = List.of(
        article("x", "A", "2025-10-02", "s", "Tidak ada angka di sini."),
        article("y", "B", "2025-10-02", "s", "Banjir di Garut menewaskan 120 orang."));
    Report one = CHECKER.check(set);
    Report parallel = ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).parallelism(4).build().check(set);
    assertThat(one.articles()).extracting(a -> a.id()).containsExactly("x", "y");
    assertThat(parallel).isEqualTo(one);
  }

  @Test
  void parallelismAndPublicationDatesOutOfRangeAreCallerMistakes() {
    assertThatThrownBy(() -> ClaimChecker.builder().parallelism(ClaimChecker.MAX_PARALLELISM + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be between 1 and 256, not 257");
    assertThatThrownBy(() -> ClaimChecker.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
    ClaimChecker.builder().parallelism(ClaimChecker.MAX_PARALLELISM).build();
    for (LocalDate bad : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(-1, 1, 1),
        LocalDate.of(10_000, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2101, 1, 1)}) {
      assertThatThrownBy(() -> Article.builder("a", "x").published(bad))
          .as(bad.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("published must be between 1900-01-01 and 2100-12-31");
    }
    assertThat(Article.builder("a", "x").published(Article.LATEST_PUBLISHED).build().published())
        .contains(LocalDate.of(2100, 12, 31));
  }

  @Test
  void releasesOfOneDayAreOrderedByTheOtherCountsTheyStateBesideTheToll() {
    // No time of day: the release that also counts more injured is the later one.
    Report r = sameDay("morning", "BPBD mencatat 40 orang meninggal dan 210 orang luka-luka akibat banjir di Garut.",
        "evening", "BPBD mencatat 95 orang meninggal dan 388 orang luka-luka akibat banjir di Garut.");
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
    assertOneFindingOf(r, Verdict.EXPLAINED, "killed", "evening", "morning");
    assertThat(r.claims()).filteredOn(c -> c.predicate().equals("killed"))
        .allSatisfy(c -> assertThat(c.companions()).containsOnlyKeys("wounded"));
  }

  @Test
  void oneReleaseWhoseOtherCountsAgreeStillConflictsOnTheCountThatDiffers() {
    // The same dead and injured: one release, so 30 against 20 missing cannot both be right.
    Report same = sameDay("a", "BPBD mencatat 95 orang meninggal, 388 orang luka-luka dan 30 orang hilang akibat banjir di Garut.",
        "b", "BPBD mencatat 95 orang meninggal, 388 orang luka-luka dan 20 orang hilang akibat banjir di Garut.");
    assertOneFindingOf(same, Verdict.CONFLICT, "missing", "a", "b");

    // More dead but fewer injured: the counts order nothing, the tolls conflict.
    Report mixed = sameDay("a", "Polisi mencatat 70 orang meninggal dan 43 orang luka-luka akibat banjir di Garut.",
        "b", "BPBD mencatat 61 orang meninggal dan 74 orang luka-luka akibat banjir di Garut.");
    assertThat(findings(mixed, Verdict.CONFLICT, "killed")).hasSize(1);
    assertThat(findings(mixed, Verdict.CONFLICT, "wounded")).hasSize(1);
  }

  @Test
  void aFigureAnotherReportCallsEarlierIsTheEarlierRelease() {
    Report r = sameDay("first", "BPBD mencatat 40 orang meninggal akibat banjir di Garut.",
        "later", "Korban meninggal banjir di Garut bertambah menjadi 95 orang. Sebelumnya, BPBD melaporkan 40 orang meninggal.");
    assertThat(findings(r, Verdict.CONFLICT, "killed")).isEmpty();
    assertOneFindingOf(r, Verdict.EXPLAINED, "killed", "first", "later");

    // Without the earlier figure cited, nothing orders the two reports of one day.
    Report alone = sameDay("first", "BPBD mencatat 40 orang meninggal akibat banjir di Garut.",
        "later", "Korban meninggal banjir di Garut bertambah menjadi 95 orang.");
    assertThat(findings(alone, Verdict.CONFLICT, "killed")).hasSize(1);
  }
}
