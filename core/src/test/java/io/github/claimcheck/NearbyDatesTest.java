package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearbyDatesTest {

  private static final LocalDate JAN_3 = LocalDate.of(2020, 1, 3);
  private static final LocalDate JAN_5 = LocalDate.of(2020, 1, 5);

  private static Article undated(String id) {
    return Article.of(id, "Banjir merendam rumah warga.");
  }

  private static Article dated(String id, LocalDate d) {
    return Article.builder(id, "Banjir merendam rumah warga.").published(d).build();
  }

  @Test
  void eachArticleTakesTheLastDateGivenBeforeItElseTheFirstAfterIt() {
    List<Article> in = List.of(undated("a"), undated("b"), dated("c", JAN_3), undated("d"),
        dated("e", JAN_5), undated("f"));
    assertThat(NearbyDates.of(in)).containsExactly(JAN_3, JAN_3, JAN_5, JAN_3, JAN_3, JAN_5);
  }

  @Test
  void withNoDateGivenNoArticleHasOne() {
    assertThat(NearbyDates.of(List.of(undated("a"), undated("b")))).containsOnlyNulls();
    assertThat(NearbyDates.of(List.of())).isEmpty();
  }
}
