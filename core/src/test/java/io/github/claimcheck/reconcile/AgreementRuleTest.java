package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static io.github.claimcheck.reconcile.TestClaims.articles;
import static io.github.claimcheck.reconcile.TestClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementRuleTest {

  private static final Map<String, ArticleInfo> ARTICLES =
      articles(article("000", "CNA", "2025-05-09"), article("003", "Suara Bersama", "2025-06-02"));

  @Test
  void sameOriginalSourceIsNotIndependentCorroboration() {
    List<Claim> claims =
        List.of(
            claim("000#1", "000", "killed", "north_korea:soldiers", Quantity.approximately(600))
                .attribution("Intelijen Korea Selatan").build(),
            claim("003#1", "003", "killed", "north_korea:soldiers", Quantity.approximately(600))
                .attribution("anggota parlemen Korea Selatan Lee Seong-kweun")
                .origin("the national intelligence service").build());

    List<Finding> findings = Reconciler.standard().reconcile(claims, ARTICLES);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(f.rule()).isEqualTo("agreement");
      assertThat(f.claimIds()).containsExactly("000#1", "003#1");
      assertThat(f.explanation())
          .isEqualTo("2 articles agree on North Korean soldiers killed: about 600 (CNA, Intelijen"
              + " Korea Selatan, as of 9 May 2025) and about 600 (Suara Bersama; anggota parlemen"
              + " Korea Selatan Lee Seong-kweun, citing the national intelligence service; as of 2"
              + " Jun 2025). The corroboration is not independent: all of them rest on the same"
              + " original source (Intelijen Korea Selatan).");
    });
  }

  @Test
  void independentSourcesAgreeWithoutTheNote() {
    List<Claim> claims =
        List.of(
            claim("000#1", "000", "killed", "people", Quantity.exact(120)).attribution("police")
                .build(),
            claim("003#1", "003", "killed", "people", Quantity.approximately(125))
                .attribution("BPBD").build());
    assertThat(Reconciler.standard().reconcile(claims, Map.of())).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(f.explanation()).doesNotContain("not independent");
    });
  }

  @Test
  void differentCountriesIntelligenceServicesAreIndependent() {
    assertThat(new Sources().commonSource(List.of(
            claim("1", "a", "p", "s", Quantity.exact(1)).attribution("US intelligence").build(),
            claim("2", "b", "p", "s", Quantity.exact(1)).attribution("intelijen Korea Selatan")
                .build())))
        .isEmpty();
    assertThat(new Sources().commonSource(List.of(
            claim("1", "a", "p", "s", Quantity.exact(1)).attribution("NIS").build(),
            claim("2", "b", "p", "s", Quantity.exact(1))
                .attribution("South Korea's intelligence agency").build())))
        .isPresent();
    // no attribution: cannot tell, so never "the same source"
    assertThat(new Sources().commonSource(List.of(
            claim("1", "a", "p", "s", Quantity.exact(1)).build(),
            claim("2", "b", "p", "s", Quantity.exact(1)).build())))
        .isEmpty();
  }

  @Test
  void oneArticleAloneIsNoAgreement() {
    List<Claim> claims =
        List.of(
            claim("000#1", "000", "killed", "people", Quantity.exact(120)).build(),
            claim("000#2", "000", "killed", "people", Quantity.exact(120)).build());
    assertThat(Reconciler.standard().reconcile(claims, ARTICLES)).isEmpty();
  }

  /**
   * The common source of claims found by their positions (each wording read once, ties broken
   * by position) is the one found claim by claim.
   */
  @Test
  void theCommonSourceByPositionIsTheOneClaimByClaim() {
    String[][] wordings = {{"NIS", null}, {"South Korea's intelligence agency", null},
        {"anggota parlemen Lee", "intelijen Korea Selatan"}, {"US intelligence", null},
        {null, null}, {"police", "police"}, {"polisi", null}, {"", null}};
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int round = 0; round < 300; round++) {
      List<Claim> call = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String[] w = wordings[r.nextInt(round % 2 == 0 ? 3 : wordings.length)];
        Claim.Builder b = claim(String.format("c%02d", i), "a" + i, "p", "s", Quantity.exact(1));
        if (w[0] != null) {
          b.attribution(w[0]);
        }
        if (w[1] != null) {
          b.origin(w[1]);
        }
        call.add(b.build());
      }
      ClaimColumns columns = ClaimColumns.of(call, Map.of());
      List<Claim> part = new ArrayList<>();
      for (Claim c : call) {
        if (r.nextInt(3) > 0) {
          part.add(c);
        }
      }
      java.util.Collections.shuffle(part, new java.util.Random(round)); // value order, say
      int[] at = new int[part.size()];
      for (int k = 0; k < at.length; k++) {
        at[k] = call.indexOf(part.get(k));
      }
      assertThat(new Sources().commonSource(at, columns.wordings())).as("%s", part)
          .isEqualTo(new Sources().commonSource(part));
    }
  }
}
