package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.SubjectKey;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekdayMismatchRuleTest {

  @Test
  void flaggedClaimIsAConflictCitingIt() {
    Claim flagged =
        claim("a#3", "a", "visited", "kim:russian_embassy", TestClaims.day("2025-05-10"))
            .whenText("Jumat, 10 Mei 2025").flag(ClaimFlag.WEEKDAY_MISMATCH).build();
    Claim fine = claim("a#4", "a", "met", "kim_shoigu", TestClaims.day("2025-03-21")).build();

    var findings = Reconciler.standard()
        .reconcile(List.of(flagged, fine), articles(article("a", "Kabar C", "2025-05-11")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.rule()).isEqualTo("weekday-mismatch");
      assertThat(f.claimIds()).containsExactly("a#3");
      assertThat(f.predicate()).isEqualTo("visited");
      assertThat(f.explanation())
          .isEqualTo("Kabar C names a weekday that does not match the date it gives for the date"
              + " kim russian embassy visited: 10 May 2025 is a Saturday (\"Jumat, 10 Mei 2025\")."
              + " Either the day or the date is wrong.");
    });
  }

  @Test
  void aDateOnlyItsArticleGivesIsNamedByWhatIsDatedNotByAnInternalKey() {
    Claim flagged = claim("a#3", "a", "met", "x", TestClaims.day("2025-05-10"))
        .subject(new SubjectKey.Local("met", "a", 120))
        .whenText("Jumat, 10 Mei 2025").flag(ClaimFlag.WEEKDAY_MISMATCH).build();

    var findings = Reconciler.standard()
        .reconcile(List.of(flagged), articles(article("a", "Kabar C", "2025-05-11")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("met@a:120"); // the JSON keeps the string form
      assertThat(f.explanation())
          .startsWith("Kabar C names a weekday that does not match the date it gives for the date"
              + " met: 10 May 2025 is a Saturday")
          .doesNotContain("@");
    });
  }

  @Test
  void ruleCanBeRemoved() {
    Claim flagged = claim("a#3", "a", "visited", "x", TestClaims.day("2025-05-10"))
        .flag(ClaimFlag.WEEKDAY_MISMATCH).build();
    assertThat(Reconciler.of(RuleSet.defaults().without("weekday-mismatch"))
            .reconcile(List.of(flagged), java.util.Map.of()))
        .isEmpty();
  }
}
