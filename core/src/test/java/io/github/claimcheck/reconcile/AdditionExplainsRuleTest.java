package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed case: deployed North Korean soldiers across three articles. */
class AdditionExplainsRuleTest {

  static final Map<String, ArticleInfo> SEED_ARTICLES =
      articles(
          article("000", "CNA", "2025-05-09"),
          article("001", "5Blogger", "2025-03-22"),
          article("004", "Al Jazeera", "2024-11-19"));

  static final List<Claim> SEED =
      List.of(
          claim("000#2", "000", "deployed", "north_korea:soldiers", Quantity.exact(15000))
              .unit("people").attribution("Intelijen Korea Selatan").build(),
          claim("001#4", "001", "deployed", "north_korea:soldiers", Quantity.range(10000, 12000))
              .unit("soldiers")
              .attribution("pejabat intelijen AS, Korea Selatan, dan Ukraina")
              .when(TestClaims.period("2024-09-01", "2024-11-30", Granularity.SEASON))
              .whenText("musim gugur tahun lalu")
              .build(),
          claim("001#6", "001", "deployed", "north_korea:soldiers", Quantity.range(1000, 3000))
              .unit("people").attribution("Badan Intelijen Nasional Korea Selatan")
              .flag(ClaimFlag.ADDITION).build(),
          claim("004#4", "004", "deployed", "north_korea:soldiers", Quantity.greaterThan(10000))
              .unit("soldiers")
              .attribution("badan intelijen di Amerika Serikat dan Korea Selatan").build());

  @Test
  void earlierFigurePlusAdditionExplainsTheLaterTotal() {
    List<Finding> findings = Reconciler.standard().reconcile(SEED, SEED_ARTICLES);

    List<Finding> notAgreements =
        findings.stream().filter(f -> f.verdict() != Verdict.AGREEMENT).toList();
    assertThat(notAgreements).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.EXPLAINED);
      assertThat(f.rule()).isEqualTo("addition-explains");
      assertThat(f.claimIds()).containsExactly("000#2", "001#4", "001#6");
      assertThat(f.explanation())
          .isEqualTo("North Korean soldiers deployed: the later total 15,000 (CNA, Intelijen Korea"
              + " Selatan, as of 9 May 2025) is accounted for by the earlier 10,000–12,000"
              + " (5Blogger; pejabat intelijen AS, Korea Selatan, dan Ukraina; Sep–Nov 2024) plus"
              + " an addition of 1,000–3,000 (5Blogger, Badan Intelijen Nasional Korea Selatan,"
              + " as of 22 Mar 2025). The figure grew over time and the addition explains the"
              + " gap: 10,000–12,000 plus 1,000–3,000 = 11,000–15,000, which contains 15,000.");
    });
    // "more than 10,000" agrees with both and is never part of a conflict
    assertThat(findings).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.AGREEMENT).singleElement()
        .satisfies(f -> assertThat(f.claimIds()).containsExactly("001#4", "004#4"));
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<Claim> reversed = new java.util.ArrayList<>(SEED);
    java.util.Collections.reverse(reversed);
    assertThat(Reconciler.standard().reconcile(reversed, SEED_ARTICLES))
        .isEqualTo(Reconciler.standard().reconcile(SEED, SEED_ARTICLES));
  }

  @Test
  void withoutTheAdditionRuleGrowthOverTimeExplainsThePair() {
    List<Finding> findings =
        Reconciler.of(RuleSet.defaults().without("addition-explains")).reconcile(SEED, SEED_ARTICLES);
    assertThat(findings).filteredOn(f -> f.verdict() != Verdict.AGREEMENT).singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo("growth-over-time");
          assertThat(f.claimIds()).containsExactly("000#2", "001#4");
        });
  }

  @Test
  void additionTooSmallExplainsNothing() {
    List<Claim> claims =
        List.of(
            SEED.get(0),
            SEED.get(1),
            claim("001#6", "001", "deployed", "north_korea:soldiers", Quantity.range(100, 300))
                .flag(ClaimFlag.ADDITION).build());
    List<Finding> findings =
        Reconciler.of(RuleSet.defaults().without("growth-over-time")).reconcile(claims, SEED_ARTICLES);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(f.claimIds()).containsExactly("000#2", "001#4");
    });
  }

  @Test
  void additionIsNeverComparedAsATotal() {
    List<Claim> claims = List.of(SEED.get(1), SEED.get(2));
    assertThat(Reconciler.standard().reconcile(claims, SEED_ARTICLES)).isEmpty();
  }
}
