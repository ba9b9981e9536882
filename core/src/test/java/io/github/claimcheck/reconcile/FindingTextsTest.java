package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.EventKey;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Reason;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.render.text.FindingTexts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Findings carry their reason as data, and render owns the sentences, in English and Indonesian. */
class FindingTextsTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static List<Finding> floodFindings() {
    return Reconciler.standard().reconcile(
        List.of(
            claim("a#1", "a", "killed", "people", Quantity.exact(12_000))
                .event(EventKey.of("flood", "garut")).build(),
            claim("b#1", "b", "killed", "people", Quantity.approximately(12_000))
                .attribution("BNPB").build(),
            claim("c#1", "c", "killed", "north_korea:soldiers", Quantity.exact(15_000))
                .when(TestClaims.day("2025-05-09")).build(),
            claim("d#1", "d", "killed", "north_korea:soldiers", Quantity.exact(10_500))
                .when(TestClaims.day("2025-05-09")).build()),
        articles(article("a", "Harian A", "2025-05-10"), article("b", "Kabar B", "2025-05-10"),
            article("c", "Warta C", "2025-05-10"), article("d", "Pos D", "2025-05-10")));
  }

  @Test
  void theEnglishRenderingIsTheExplanation() {
    List<Finding> findings = floodFindings();
    assertThat(findings).isNotEmpty().allSatisfy(f -> {
      assertThat(f.reason()).isNotInstanceOf(Reason.Text.class);
      assertThat(FindingTexts.render(f, Locale.ENGLISH)).isEqualTo(f.explanation());
      assertThat(FindingTexts.render(f, Locale.FRENCH)).isEqualTo(f.explanation());
    });
  }

  @Test
  void theSameFindingsReadInIndonesian() {
    List<Finding> findings = floodFindings();
    Finding agreement = findings.stream().filter(f -> f.verdict() == Verdict.AGREEMENT)
        .findFirst().orElseThrow();
    Finding conflict = findings.stream().filter(f -> f.verdict() == Verdict.CONFLICT)
        .findFirst().orElseThrow();

    assertThat(agreement.explanation()).isEqualTo("2 articles agree on people killed in the Garut"
        + " flood: about 12,000 (Kabar B, BNPB, as of 10 May 2025) and 12,000 (Harian A, as of 10"
        + " May 2025).");
    assertThat(FindingTexts.render(agreement, INDONESIAN)).isEqualTo("2 artikel sepakat soal"
        + " orang yang tewas dalam banjir Garut: sekitar 12.000 (Kabar B, BNPB, per 10 Mei 2025)"
        + " dan 12.000 (Harian A, per 10 Mei 2025).");

    assertThat(conflict.explanation()).isEqualTo("Sources disagree on North Korean soldiers killed:"
        + " 10,500 (Pos D, 9 May 2025) vs 15,000 (Warta C, 9 May 2025).");
    assertThat(FindingTexts.render(conflict, Locale.forLanguageTag("in"))).isEqualTo("Sumber"
        + " berbeda soal tentara Korea Utara yang tewas: 10.500 (Pos D, 9 Mei 2025) vs 15.000"
        + " (Warta C, 9 Mei 2025).");
  }

  @Test
  void aReasonListsAFewClaimsAndCountsTheRest() {
    List<io.github.claimcheck.model.Claim> many = new java.util.ArrayList<>();
    List<io.github.claimcheck.model.ArticleInfo> infos = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      many.add(claim("a" + i + "#1", "a" + i, "killed", "people", Quantity.exact(40)).build());
      infos.add(article("a" + i, "Outlet " + i, "2025-05-10"));
    }
    Finding f = Reconciler.standard()
        .reconcile(many, articles(infos.toArray(io.github.claimcheck.model.ArticleInfo[]::new)))
        .get(0);
    Reason.Agree agree = (Reason.Agree) f.reason();
    assertThat(agree.claims().shown()).hasSize(Reason.Listed.MAX_SHOWN);
    assertThat(agree.claims().count()).isEqualTo(7);
    assertThat(f.claimIds()).hasSize(7);
    assertThat(f.explanation()).endsWith("and 3 more.");
    assertThat(FindingTexts.render(f, INDONESIAN)).endsWith("dan 3 lainnya.");
  }

  @Test
  void aReasonOfWordsOnlyIsShownAsWrittenInEveryLanguage() {
    Finding own = Finding.of("mine", Verdict.CONFLICT, "killed", "people", List.of("a#1"),
        "My own words.");
    assertThat(own.reason()).isEqualTo(new Reason.Text("My own words."));
    assertThat(FindingTexts.render(own, INDONESIAN)).isEqualTo("My own words.");
  }

  @Test
  void aWeekdayMismatchNamesTheWeekdayInTheReadersLanguage() {
    Finding f = Reconciler.standard().reconcile(
        List.of(claim("a#3", "a", "visited", "kim:embassy", TestClaims.day("2025-05-10"))
            .whenText("Jumat, 10 Mei 2025").flag(ClaimFlag.WEEKDAY_MISMATCH).build()),
        articles(article("a", "Kabar C", "2025-05-11"))).get(0);
    assertThat(FindingTexts.render(f, INDONESIAN)).contains("10 Mei 2025 jatuh pada hari Sabtu")
        .contains("(\"Jumat, 10 Mei 2025\")");
  }
}
