package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The columns of a call's claims: article numbers, positions by id and of a part. */
class ClaimColumnsTest {

  private static Claim claim(String id, String article) {
    return TestClaims.claim(id, article, "killed", "people", Quantity.exact(1)).build();
  }

  @Test
  void numbersArticlesByTheirFirstClaimInIdOrder() {
    List<Claim> claims = List.of(claim("a#1", "b"), claim("a#2", "b"), claim("b#1", "a"),
        claim("c#1", "b"), claim("d#1", "x"));
    Map<String, ArticleInfo> articles = TestClaims.articles(
        TestClaims.article("a", "Warta A", "2025-03-10"),
        TestClaims.article("b", "Harian B", null));
    ClaimColumns c = ClaimColumns.of(claims, articles);
    assertThat(c.size()).isEqualTo(5);
    assertThat(new int[] {c.article(0), c.article(1), c.article(2), c.article(3), c.article(4)})
        .containsExactly(0, 0, 1, 0, 2);
    assertThat(c.articles()).isEqualTo(3);
    assertThat(c.articleId(1)).isEqualTo("a");
    assertThat(c.info(0).outlet()).isEqualTo("Harian B");
    assertThat(c.info(2)).isNull(); // "x" was not given
    assertThat(c.articleNumber("x")).isEqualTo(2);
    assertThat(c.articleNumber("none")).isEqualTo(-1);
    // of the claims' articles: "b" has no date, "a" was published in 2025
    assertThat(c.latestPublishedYear()).isEqualTo(2025);
    assertThat(ClaimColumns.of(claims.subList(0, 2), articles).latestPublishedYear())
        .isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void findsEveryIdWhateverTheHint() {
    // "Aa" and "BB" have one hash code: the index must tell them apart.
    List<String> ids = new ArrayList<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"));
    for (int i = 0; i < 300; i++) {
      ids.add("c" + i);
    }
    ids.sort(null);
    List<Claim> claims = new ArrayList<>();
    for (String id : ids) {
      claims.add(claim(id, "a"));
    }
    ClaimColumns c = ClaimColumns.of(claims, Map.of());
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < claims.size(); i++) {
      String id = new String(ids.get(i)); // equal, not the same object
      assertThat(c.position(id, i)).isEqualTo(i);
      assertThat(c.position(id, r.nextInt(claims.size() + 2) - 1)).isEqualTo(i);
      assertThat(c.search(id)).isEqualTo(i);
    }
    assertThat(c.search("absent")).isEqualTo(-1);
    assertThat(c.position("absent", 0)).isEqualTo(-1);
    assertThat(c.position("c1", claims.size())).isEqualTo(ids.indexOf("c1"));
  }

  @Test
  void findsThePositionsOfAPartByIdentity() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      claims.add(claim(String.format("c%03d", i), "a" + i / 3));
    }
    ClaimColumns c = ClaimColumns.of(claims, Map.of());
    // neighbours, then gaps longer than a few steps, then back again (not in id order)
    int[] want = {0, 1, 3, 4, 40, 41, 90, 99, 2, 50};
    List<Claim> part = new ArrayList<>();
    for (int i : want) {
      part.add(claims.get(i));
    }
    assertThat(c.positions(part)).containsExactly(want);
    assertThat(c.positions(List.of())).isEmpty();
    // an equal claim that is not one of the call's is not found
    assertThat(c.positions(List.of(claims.get(5), claim("c006", "a2")))).isNull();
    assertThat(c.positions(List.of(claim("c999", "a")))).isNull();
  }

  /**
   * Each pair of attribution and origin is numbered by its first claim; pairs that differ only
   * in none against the empty string share their bare number.
   */
  @Test
  void numbersTheWordingsOfSourcesByTheirFirstClaim() {
    String[][] said = {{"police", null}, {"police", null}, {null, null}, {"mayor", "police"},
        {"", null}, {"police", null}, {null, ""}, {"mayor", "police"}};
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < said.length; i++) {
      Claim.Builder b = TestClaims.claim("c" + i, "a" + i, "killed", "people", Quantity.exact(5));
      if (said[i][0] != null) {
        b.attribution(said[i][0]);
      }
      if (said[i][1] != null) {
        b.origin(said[i][1]);
      }
      claims.add(b.build());
    }
    ClaimColumns.Wordings w = ClaimColumns.of(claims, Map.of()).wordings();
    assertThat(w.pair()).containsExactly(0, 0, 1, 2, 3, 0, 4, 2);
    assertThat(w.attribution()).containsExactly("police", null, "mayor", "", null);
    assertThat(w.origin()).containsExactly(null, null, "police", null, "");
    // (null, null), ("", null) and (null, "") are all "no words": one bare number
    assertThat(w.bare()).containsExactly(0, 1, 2, 1, 1);
    assertThat(w.bareCount()).isEqualTo(3);
  }

  /** Read as two halves at once, the articles are numbered as one pass numbers them. */
  @Test
  void twoHalvesNumberArticlesAsOnePass() {
    SplittableRandom r = new SplittableRandom(17);
    for (int round = 0; round < 200; round++) {
      List<Claim> claims = new ArrayList<>();
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) { // articles recur across the halves, some in runs
        claims.add(claim(String.format("c%03d", i), "a" + r.nextInt(1 + n / 3)));
      }
      Map<String, ArticleInfo> articles = TestClaims.articles(
          TestClaims.article("a0", "Warta A", "2024-03-10"),
          TestClaims.article("a2", "Harian B", "2025-01-02"));
      ClaimColumns one = ClaimColumns.of(claims, articles, false);
      ClaimColumns two = ClaimColumns.of(claims, articles, true);
      assertThat(two.articles()).isEqualTo(one.articles());
      for (int i = 0; i < n; i++) {
        assertThat(two.article(i)).isEqualTo(one.article(i));
        assertThat(two.id(i)).isEqualTo(one.id(i)).isEqualTo(claims.get(i).id());
      }
      for (int a = 0; a < one.articles(); a++) {
        assertThat(two.articleId(a)).isEqualTo(one.articleId(a));
        assertThat(two.info(a)).isSameAs(one.info(a));
        assertThat(two.articleNumber(one.articleId(a))).isEqualTo(a);
      }
      assertThat(two.latestPublishedYear()).isEqualTo(one.latestPublishedYear());
    }
  }
}
