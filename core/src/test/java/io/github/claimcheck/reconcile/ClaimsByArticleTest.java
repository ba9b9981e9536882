package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bucketing by the call's article numbers gives what bucketing by article id gives. */
class ClaimsByArticleTest {

  @Test
  void byArticleNumberAsByArticleId() {
    SplittableRandom r = new SplittableRandom(23);
    for (int round = 0; round < 200; round++) {
      List<Claim> call = new ArrayList<>();
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) {
        call.add(TestClaims.claim(String.format("c%03d", i), "a" + r.nextInt(1 + n / 3), "killed",
            "people", Quantity.exact(1)).build());
      }
      ClaimColumns columns = ClaimColumns.of(call, Map.of());
      List<Claim> part = new ArrayList<>();
      for (Claim c : call) {
        if (r.nextInt(3) > 0) {
          part.add(c);
        }
      }
      ClaimsByArticle byId = ClaimsByArticle.of(part, null, null);
      ClaimsByArticle byNumber = ClaimsByArticle.of(part, columns, columns.positions(part));
      assertThat(byNumber.lists()).isEqualTo(byId.lists());
      for (int a = 0; a <= n / 3 + 1; a++) {
        assertThat(byNumber.of("a" + a)).isEqualTo(byId.of("a" + a));
      }
      assertThat(byNumber.of("no such article")).isEmpty();
      for (List<Claim> l : byNumber.lists()) { // one article each, in id order
        assertThat(l).isNotEmpty().allMatch(c -> c.articleId().equals(l.get(0).articleId()))
            .isSortedAccordingTo(ClaimGroup.BY_ID);
      }
    }
  }
}
