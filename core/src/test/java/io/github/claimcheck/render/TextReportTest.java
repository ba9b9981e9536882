package io.github.claimcheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Report;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static final Report REPORT = Fixtures.report();

  @Test
  void plainTextHasASummaryConflictsFirstAndEveryClaim() {
    String text = TextReport.plain().render(REPORT);
    assertThat(text).doesNotContain("\u001b");
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("5 articles, 11 claims, 5 findings (3 conflicts, 1 explained, 1 agreement), 1 problem");
    assertThat(text.indexOf("CONFLICT")).isLessThan(text.indexOf("EXPLAINED"));
    assertThat(text.indexOf("EXPLAINED")).isLessThan(text.indexOf("AGREEMENT"));
    assertThat(text.indexOf("AGREEMENT")).isLessThan(text.indexOf("Claims by article"));
    for (Claim c : REPORT.claims()) {
      assertThat(text).contains(c.id());
    }
    assertThat(text).contains("Banjir »menewaskan 120 orang« | kata *polisi* & tim.")
        .contains("≤9,000,000 rounds").contains("Problems");
  }

  @Test
  void theClaimTableShowsEachClaimsEvent() {
    String text = TextReport.plain().render(Fixtures.withEvents());
    String table = text.substring(text.indexOf("Claims by article"));
    assertThat(table).contains("  claim  predicate  subject  value       when  event        said by / notes\n")
        .containsPattern("  #1     killed     people   120 people  +flood:garut\n")
        .containsPattern("  #2     displaced  people   40 people\n");
  }

  @Test
  void citedValuesLineUpSideBySideWithSourceAndTime() {
    String text = TextReport.plain().render(REPORT);
    String rows = text.substring(text.indexOf("1. CONFLICT"), text.indexOf("2. CONFLICT"));
    assertThat(rows).contains("   120 people   Harian | Satu   published 2025-10-02  pipe-news#1\n")
        .contains("   >130 people  Warta <B> & Co  published 2025-10-02  amp-news#1\n")
        .contains("   131 people   no-outlet       published 2025-10-06  no-outlet#1\n")
        .contains("     <script>alert(1)</script> »Lebih dari 130 orang tewas«.\n");
  }

  @Test
  void colourMarksVerdictsAndFigures() {
    String text = TextReport.colored().render(REPORT);
    assertThat(text).contains("\u001b[31m\u001b[1mCONFLICT").contains("\u001b[33m\u001b[1mmenewaskan 120 orang\u001b[0m");
    assertThat(text.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("»");
  }

  @Test
  void wrapsLongLinesWithoutCountingMarkers() {
    String word = "abcdefghi ";
    String wrapped = TextReport.wrap("\u0001" + word.repeat(30) + "\u0002", "   ");
    assertThat(wrapped.lines()).hasSizeGreaterThan(2)
        .allMatch(l -> l.replaceAll("[\u0001\u0002]", "").length() <= 100)
        .allMatch(l -> l.startsWith("   "));
    assertThat(wrapped).startsWith("   \u0001abc");
  }
}
