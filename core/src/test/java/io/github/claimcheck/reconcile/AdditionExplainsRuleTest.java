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
  @Test
  void theAdditionFoundOnTheLongsIsTheOneTheExactSearchFinds() {
    // With every addition at the clusters' scale, additions are searched by lower bound on the
    // longs; one addition too large for 60 bits sends the search to exact intervals in group
    // order. That addition is dated after every figure (so never chosen): both searches must
    // pick the same additions.
    int found = 0;
    for (long seed = 1; seed <= 30; seed++) {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      Map<String, ArticleInfo> infos = new java.util.HashMap<>();
      List<Claim> claims = new java.util.ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String a = String.format("a%03d", i / 3);
        int day = 1 + r.nextInt(20);
        infos.putIfAbsent(a, article(a, "outlet-" + r.nextInt(15), "2025-05-" + (10 + day)));
        boolean addition = r.nextInt(4) == 0;
        long v = addition ? r.nextInt(60) : 80 + r.nextInt(80);
        Quantity q = switch (r.nextInt(4)) {
          case 0 -> Quantity.approximately(v);
          case 1 -> Quantity.atLeast(v);
          case 2 -> Quantity.range(v, v + r.nextInt(20));
          default -> Quantity.exact(v);
        };
        Claim.Builder b = claim(a + "#" + i, a, "killed", "people", q)
            .when(TestClaims.day("2025-05-" + (10 + r.nextInt(day))));
        if (addition) {
          b.flag(ClaimFlag.ADDITION);
        }
        claims.add(b.build());
      }
      infos.put("zzz", article("zzz", "late", "2025-12-30"));
      List<Claim> withHuge = new java.util.ArrayList<>(claims);
      withHuge.add(claim("zzz#1", "zzz", "killed", "people",
          Quantity.exact(new java.math.BigDecimal("1e25"))).when(TestClaims.day("2025-12-30"))
          .flag(ClaimFlag.ADDITION).build());
      List<List<Object>> onLongs = additionFindings(claims, infos);
      assertThat(additionFindings(withHuge, infos)).isEqualTo(onLongs);
      found += onLongs.size();
    }
    assertThat(found).isGreaterThan(30);
  }

  /** The addition rule's findings on the groups of the claims: rule, cited ids, explanation. */
  private static List<List<Object>> additionFindings(List<Claim> claims,
      Map<String, ArticleInfo> infos) {
    List<Claim> sorted = new java.util.ArrayList<>(claims);
    sorted.sort(ClaimGroup.BY_ID);
    RuleContext ctx = new RuleContext(RuleSet.defaults(), infos);
    List<List<Object>> out = new java.util.ArrayList<>();
    for (ClaimGroup g : Grouping.groups(sorted, ctx)) {
      for (Finding f : new AdditionExplainsRule().evaluate(g, ctx)) {
        out.add(List.of(f.verdict(), f.claimIds(), f.explanation()));
      }
    }
    return out;
  }
}
