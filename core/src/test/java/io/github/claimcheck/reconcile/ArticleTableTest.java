package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ArticleInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article table keeps ids packed in one array and finds them again, whatever they hold. */
class ArticleTableTest {

  @Test
  void idsOfAnyCharactersComeBackAndAreFound() {
    List<String> ids = new ArrayList<>(List.of("a1", "é-berita", "记者-7", "x\ud800y", "🌊",
        "A1"));
    for (int i = 0; i < 3000; i++) {
      ids.add("gen-" + i + (i % 7 == 0 ? "ß" : "") + (i % 11 == 0 ? "Ж" : ""));
    }
    ArticleTable table = new ArticleTable();
    for (String id : ids) {
      table.add(article(id, "Outlet", "2025-10-02", "story"));
    }
    assertThat(table.size()).isEqualTo(ids.size());
    for (int a = 0; a < ids.size(); a++) {
      assertThat(table.id(a)).isEqualTo(ids.get(a));
      assertThat(table.index(ids.get(a))).isEqualTo(a);
      ArticleInfo info = table.info(a);
      assertThat(info.id()).isEqualTo(ids.get(a));
      assertThat(info.article().source()).contains("Outlet");
    }
    assertThat(table.index("a2")).isEqualTo(-1);
    assertThat(table.index("记者-8")).isEqualTo(-1);
    assertThat(table.index("x\ud801y")).isEqualTo(-1);
    assertThatThrownBy(() -> table.add(article("记者-7", "Other", "2025-10-03", "s")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("记者-7");
  }
}
