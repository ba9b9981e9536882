package org.example.floods;

import static io.github.claimcheck.testkit.ClaimcheckAssertions.assertThat;
import static io.github.claimcheck.testkit.TestArticles.article;
import static io.github.claimcheck.testkit.TestArticles.inStory;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FloodReportsTest {

  private final ClaimChecker checker =
      ClaimChecker.builder().today(LocalDate.of(2025, 10, 10)).build();

  @Test
  void outletsThatDisagreeOnTheTollConflict() {
    Report report = checker.check(inStory("disaster/garut-flood",
        article("a1", "2025-10-02", "Harian A", "Banjir bandang menewaskan 27 orang, kata BNPB."),
        article("a2", "2025-10-02", "Warta B", "Banjir bandang menewaskan 35 orang, kata polisi.")));

    assertThat(report).hasConflict().on("killed").citing("a1", "a2").single().mentions("27", "35");
    assertThat(report).hasClaim("killed").withValue(27).attributedTo("BNPB").single();

    Finding conflict = report.findings(Verdict.CONFLICT).get(0);
    Claim first = report.claim(conflict.claimIds().get(0)).orElseThrow();
    assertThat(first).isInArticle("a1");
  }

  @Test
  void aTollThatFallsLaterIsARevision() {
    Report report = checker.check(inStory("disaster/garut-flood",
        article("a1", "2025-10-02", "Harian A", "Banjir bandang menewaskan 27 orang, kata BNPB."),
        article("a2", "2025-10-04", "Warta B", "Jumlah korban tewas menjadi 24 orang, kata BNPB.")));

    assertThat(report).hasConflict().on("killed").citing("a1", "a2").single().mentions("fell");
    assertThat(report).hasNoConflictOn("displaced").hasNoProblems();
  }
}
