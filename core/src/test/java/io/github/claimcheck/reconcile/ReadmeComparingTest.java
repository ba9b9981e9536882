package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's "How claims are compared" section: its example findings are what the reconciler
 * says for the claims built here, and its table of count kinds is the built-in data, so neither
 * can drift.
 */
class ReadmeComparingTest {

  private static final String EVENT = "landslide:bukit_hijau";
  private static final Map<String, ArticleInfo> ARTICLES = articles(
      article("a", "Harian A", "2025-03-03"),
      article("b", "Warta B", "2025-03-05"),
      article("c", "Kabar C", null),
      article("d", "Suara D", "2025-03-03"));
  private static final Scope EAST = Scope.place("timur", "Kecamatan Timur");
  private static final Scope WEST = Scope.place("barat", "Kecamatan Barat");
  private static final Scope NORTH = Scope.place("utara", "Kecamatan Utara");

  private static String readme() throws IOException {
    Path p = Path.of("../README.md");
    if (!Files.exists(p)) {
      p = Path.of("README.md");
    }
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static Claim.Builder killed(String id, String article, Quantity q) {
    return claim(id, article, "killed", "people", q).event(EVENT);
  }

  private static Finding only(List<Claim> claims, String rule, Verdict verdict) {
    List<Finding> found = TestClaims.byRule(
        Reconciler.standard().reconcile(claims, ARTICLES), rule);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).verdict()).isEqualTo(verdict);
    return found.get(0);
  }

  private static void inReadme(Finding f) throws IOException {
    assertThat(readme()).as("README example of %s", f.rule()).contains(f.explanation());
  }

  @Test
  void scopeExample() throws IOException {
    inReadme(only(List.of(
        killed("a#1", "a", Quantity.exact(12)).scope(EAST).build(),
        killed("d#1", "d", Quantity.exact(9)).scope(EAST).build()),
        RuleSet.VALUE_CONFLICT, Verdict.CONFLICT));
  }

  @Test
  void partsAndTotalsExample() throws IOException {
    inReadme(only(List.of(
        killed("a#1", "a", Quantity.exact(21)).attribution("BPBD").build(),
        killed("a#2", "a", Quantity.exact(12)).scope(EAST).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#3", "a", Quantity.exact(9)).scope(WEST).flag(ClaimFlag.BREAKDOWN).build(),
        killed("a#4", "a", Quantity.exact(4)).scope(NORTH).flag(ClaimFlag.BREAKDOWN).build()),
        RuleSet.PARTS_AND_TOTALS, Verdict.CONFLICT));
  }

  @Test
  void combinedCountExample() throws IOException {
    inReadme(only(List.of(
        killed("b#1", "b", Quantity.exact(30)).build(),
        claim("b#2", "b", "other", "people:killed_or_missing", Quantity.exact(27)).event(EVENT)
            .build()),
        RuleSet.PARTS_AND_TOTALS, Verdict.CONFLICT));
  }

  @Test
  void incrementExample() throws IOException {
    inReadme(only(List.of(
        killed("a#1", "a", Quantity.exact(25)).build(),
        killed("b#1", "b", Quantity.exact(27)).build(),
        killed("b#2", "b", Quantity.exact(2)).flag(ClaimFlag.INCREMENT).build()),
        RuleSet.ADDITION_EXPLAINS, Verdict.EXPLAINED));
  }

  @Test
  void unresolvedExample() throws IOException {
    inReadme(only(List.of(
        killed("a#1", "a", Quantity.exact(25)).build(),
        killed("c#1", "c", Quantity.exact(31)).build()),
        RuleSet.VALUE_CONFLICT, Verdict.UNRESOLVED));
  }

  @Test
  void countsThatMayFallExample() throws IOException {
    inReadme(only(List.of(
        claim("a#1", "a", "missing", "people", Quantity.exact(14)).event(EVENT).build(),
        claim("b#1", "b", "missing", "people", Quantity.exact(6)).event(EVENT).build()),
        RuleSet.GROWTH_OVER_TIME, Verdict.EXPLAINED));
  }

  @Test
  void theTableOfCountKindsIsTheBuiltInData() throws IOException {
    String readme = readme();
    RuleSet.DEFAULT_COUNTS.forEach((key, kind) -> {
      String fall = CountData.FALLS.get(key);
      String row = "| `" + key + "` | " + kind.dataName() + " |" + (fall == null ? "" : " " + fall + " |");
      assertThat(readme).as("README row for %s", key).contains(row);
    });
    CountData.COMBINED_PARTS.forEach((key, parts) ->
        assertThat(readme).contains("| `" + key + "` | " + String.join(", ", parts) + " |"));
  }
}
