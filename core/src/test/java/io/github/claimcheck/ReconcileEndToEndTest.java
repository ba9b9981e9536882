package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Short articles of our own, checked end to end: how time and count kinds decide a verdict. */
class ReconcileEndToEndTest {

  private static final ClaimChecker CHECKER =
      ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static Article article(String id, String outlet, String date, String text) {
    Article.Builder b = Article.builder(id, text).source(outlet).story("banjir-x");
    if (date != null) {
      b.published(LocalDate.parse(date));
    }
    return b.build();
  }

  private static List<Finding> findings(Report r, Verdict v, String predicate) {
    return r.findings(v).stream().filter(f -> f.predicate().equals(predicate))
        .collect(Collectors.toList());
  }

  @Test
  void aRunningTollFromAReportOfUnknownTimeIsUnresolvedNotAConflict() {
    Report r = CHECKER.check(List.of(
        article("a", "Harian A", "2025-03-10",
            "Banjir bandang di Lembah Hijau menewaskan 12 orang, kata petugas BPBD."),
        article("b", "Warta B", null,
            "Korban meninggal akibat banjir bandang di Lembah Hijau bertambah menjadi 20 orang.")));
    assertThat(findings(r, Verdict.CONFLICT, "killed")).isEmpty();
    assertThat(findings(r, Verdict.UNRESOLVED, "killed")).singleElement()
        .satisfies(f -> assertThat(f.explanation())
            .contains("12 (Harian A")
            .contains("Time of report unknown for 20 (Warta B)"));
  }

  @Test
  void missingPeopleWhoAreFoundLowerTheCountWithoutAConflict() {
    Report r = CHECKER.check(List.of(
        article("a", "Harian A", "2025-03-10",
            "Sebanyak 25 warga masih hilang setelah banjir bandang di Lembah Hijau."),
        article("b", "Warta B", "2025-03-12",
            "Tim SAR menyebut 9 warga masih hilang akibat banjir bandang di Lembah Hijau.")));
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(findings(r, Verdict.EXPLAINED, "missing")).singleElement()
        .satisfies(f -> assertThat(f.explanation())
            .contains("changed over time")
            .contains("the count fell as missing people were found"));
  }

  @Test
  void partsAreComparedWithinTheirScopeAndACompleteListMustAddUp() {
    Report r = CHECKER.check(List.of(
        article("a", "Harian A", "2025-03-03",
            "Longsor di Bukit Hijau menewaskan 21 orang, kata BPBD. Korban meninggal terdiri atas"
                + " 12 orang di Kecamatan Timur, 9 orang di Kecamatan Barat dan 4 orang di"
                + " Kecamatan Utara."),
        article("b", "Warta B", "2025-03-03",
            "Longsor di Bukit Hijau menewaskan 21 orang. Sebanyak 12 orang meninggal di"
                + " Kecamatan Timur.")));
    // The parts are never compared with the totals as the same quantity ...
    assertThat(findings(r, Verdict.CONFLICT, "killed")).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("parts-and-totals");
      assertThat(f.explanation()).contains("Kecamatan Timur 12, Kecamatan Barat 9 and"
          + " Kecamatan Utara 4 make 25, the total is 21");
    });
    // ... and the same part agrees across outlets.
    assertThat(findings(r, Verdict.AGREEMENT, "killed")).extracting(Finding::explanation)
        .anySatisfy(e -> assertThat(e).startsWith("2 articles agree on people killed in Kecamatan"
            + " Timur"));
  }

  @Test
  void deadPlusMissingIsNotComparedWithTheDead() {
    Report r = CHECKER.check(List.of(
        article("a", "Harian A", "2025-03-03",
            "Sebanyak 30 orang meninggal dan hilang akibat longsor di Bukit Hijau."),
        article("b", "Warta B", "2025-03-03", "Longsor di Bukit Hijau menewaskan 21 orang.")));
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void anEnglishOfficialRevisionTheArticleReportsIsExplained() {
    Report r = CHECKER.check(List.of(
        article("a", "Daily A", "2025-03-10", "The flood in Green Valley killed 64 people, officials said."),
        article("b", "Weekly B", "2025-03-20",
            "Officials revised the death toll of the Green Valley flood down to 58 people.")));
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(findings(r, Verdict.EXPLAINED, "killed")).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("was revised down").contains("64")
            .contains("58"));
  }
}
