package io.github.claimcheck.reconcile;

import static io.github.claimcheck.reconcile.TestClaims.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The subject table numbers subjects as their strings would be: equal strings get one number,
 * numbers compare as the strings, names come back; local subjects of the claim's own article
 * are held without a string.
 */
class SubjectTableTest {

  private static final List<String> ARTICLES = List.of("a1", "a1:2", "x@y", "记者-7", "g10", "g1");

  private static ArticleTable articles() {
    ArticleTable table = new ArticleTable();
    for (String id : ARTICLES) {
      table.add(article(id, "Outlet", "2025-10-02", "story"));
    }
    return table;
  }

  /** Each subject with the number of the article whose claim has it. */
  private static final String[][] SUBJECTS = {
    {"began@a1:958", "a1"}, {"began@a1:958", "a1"}, {"began@a1:95", "a1"}, {"began@a1:0", "a1"},
    {"statement@a1:958", "a1"}, {"@a1:3", "a1"}, {"x@y@a1:3", "a1"}, {"began@a1:2:5", "a1:2"},
    {"began@a1:2:5", "a1"}, {"began@x@y:7", "x@y"}, {"began@y:7", "x@y"}, {"b@记者-7:12", "记者-7"},
    {"began@a1:05", "a1"}, {"began@a1:-5", "a1"}, {"began@a1:1234567890", "a1"},
    {"began@a1:", "a1"}, {"began@g1:4", "g10"}, {"began@g1:4", "g1"}, {"began@g10:4", "g10"},
    {"began@g1:40", "g1"}, {"people", "a1"}, {"kp:soldiers", "g1"}, {"kim+putin", "g1"},
    {"began@a1:958", "g1"}, {"began", "a1"}, {"began@a1:999999999", "a1"}, {"a1:958", "a1"},
  };

  @Test
  void numbersAreEqualAndOrderedExactlyAsTheStringsAndNamesComeBack() {
    ArticleTable articles = articles();
    SubjectTable table = new SubjectTable(articles);
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String[] s : SUBJECTS) {
      int id = table.id(s[0], articles.index(s[1]));
      assertThat(seen.putIfAbsent(s[0], id)).as(s[0]).isIn(null, id);
      assertThat(table.name(id)).isEqualTo(s[0]);
      ids.add(id);
      names.add(s[0]);
    }
    assertThat(seen.values()).doesNotHaveDuplicates();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = 0; j < ids.size(); j++) {
        assertThat(Integer.signum(table.compare(ids.get(i), ids.get(j))))
            .as(names.get(i) + " vs " + names.get(j))
            .isEqualTo(Integer.signum(names.get(i).compareTo(names.get(j))));
      }
    }
    // held as numbers: the own-article forms with an offset as an int prints it (began@a1:958,
    // :95, :0, statement@…, @a1:3, x@y@a1:3, began@a1:2:5, began@x@y:7, b@记者-7:12,
    // began@g10:4, began@g1:40, began@a1:999999999); began@g1:4 was met first in g10, as a string
    assertThat(table.locals()).isEqualTo(12);
    assertThat(table.strings()).isEqualTo(seen.size() - 12);
  }

  @Test
  void aLocalSubjectMetFirstInAnotherArticleStaysTheSameNumberInItsOwn() {
    ArticleTable articles = articles();
    SubjectTable table = new SubjectTable(articles);
    int fromOther = table.id("began@g1:4", articles.index("a1"));
    int own = table.id("began@g1:4", articles.index("g1"));
    int ownFirst = table.id("began@a1:4", articles.index("a1"));
    int fromOtherAfter = table.id("began@a1:4", articles.index("g1"));
    assertThat(own).isEqualTo(fromOther).isNotNegative();
    assertThat(fromOtherAfter).isEqualTo(ownFirst).isNegative();
  }

  @Test
  void holdsManyLocalSubjectsPastEveryResizeWithoutAString() {
    ArticleTable articles = new ArticleTable();
    SubjectTable table = new SubjectTable(articles);
    String[] whats = {"began", "statement", "quake:cianjur"};
    List<Integer> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int a = 0; a < 3000; a++) {
      String id = "g" + a;
      articles.add(article(id, "Outlet", "2025-10-02", "story" + a / 16));
      for (int k = 0; k < 4; k++) {
        String s = whats[k % 3] + "@" + id + ":" + (k * 137 + a % 5);
        ids.add(table.id(s, a));
        names.add(s);
      }
    }
    assertThat(table.locals()).isEqualTo(12_000);
    assertThat(table.strings()).isZero();
    assertThat(ids).doesNotHaveDuplicates();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.id(names.get(i), i / 4)).isEqualTo(ids.get(i));
      assertThat(table.name(ids.get(i))).isEqualTo(names.get(i));
    }
    table.trim(); // as a batch does once every claim is in: names and order stay
    for (int i = 1; i < ids.size(); i++) {
      assertThat(Integer.signum(table.compare(ids.get(i - 1), ids.get(i))))
          .isEqualTo(Integer.signum(names.get(i - 1).compareTo(names.get(i))));
      assertThat(table.name(ids.get(i))).isEqualTo(names.get(i));
    }
  }
}
