package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LastCountsTest {

  @Test
  void nothingIsCountedAtFirst() {
    assertThat(LastCounts.NONE.counted("killed")).isFalse();
    assertThat(LastCounts.NONE.countedSince("killed", -5)).isFalse();
  }

  @Test
  void keepsTheLastSentenceOfEachPredicate() {
    LastCounts c = LastCounts.NONE.with("killed", 2).with("injured", 3).with("killed", 5);
    assertThat(c.counted("killed")).isTrue();
    assertThat(c.countedSince("killed", 5)).isTrue();
    assertThat(c.countedSince("killed", 6)).isFalse();
    assertThat(c.countedSince("injured", 3)).isTrue();
    assertThat(c.countedSince("injured", 4)).isFalse();
    assertThat(c.counted("missing")).isFalse();
  }

  @Test
  void aValueIsNeverChanged() {
    LastCounts before = LastCounts.NONE.with("killed", 2);
    LastCounts after = before.with("killed", 4).with("missing", 4);
    assertThat(before.countedSince("killed", 3)).isFalse();
    assertThat(before.counted("missing")).isFalse();
    assertThat(after.countedSince("killed", 4)).isTrue();
    assertThat(LastCounts.NONE.counted("killed")).isFalse();
  }

  @Test
  void theSameCountAgainIsTheSameValue() {
    LastCounts c = LastCounts.NONE.with("killed", 2);
    assertThat(c.with("killed", 2)).isSameAs(c);
  }

  @Test
  void answersAsAMapOfTheLastSentences() {
    // a predicate's key may be an equal string, not the same one
    List<String> predicates = List.of("killed", "injured", "missing", "displaced", "other");
    Random random = new Random(15);
    for (int run = 0; run < 200; run++) {
      Map<String, Integer> map = new HashMap<>();
      LastCounts c = LastCounts.NONE;
      for (int step = 0; step < 30; step++) {
        String p = new String(predicates.get(random.nextInt(predicates.size())));
        int sentence = random.nextInt(20);
        map.put(p, sentence);
        c = c.with(p, sentence);
        for (String q : predicates) {
          int since = random.nextInt(22) - 1;
          assertThat(c.counted(q)).isEqualTo(map.containsKey(q));
          assertThat(c.countedSince(q, since))
              .isEqualTo(map.containsKey(q) && map.get(q) >= since);
        }
      }
    }
  }
}
