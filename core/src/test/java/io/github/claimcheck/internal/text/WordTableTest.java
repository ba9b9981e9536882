package io.github.claimcheck.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

  private final WordTable<Integer> table =
      new WordTable<>(Map.of("yang", 1, "the", 2, "café", 3, "i\u0307stanbul", 4));

  @Test
  void aSpanIsLookedUpLowerCasedWithoutBeingCopied() {
    String text = "Dan YANG lain, The end";
    assertThat(table.get(text, 4, 8)).isEqualTo(1);
    assertThat(table.get(text, 15, 18)).isEqualTo(2);
    assertThat(table.get(text, 0, 3)).isNull();
    assertThat(table.get(text, 4, 7)).isNull(); // "YAN": a prefix is no word
  }

  @Test
  void aSpanBeyondAsciiIsLoweredAsAStringIs() {
    assertThat(table.get("CAFÉ", 0, 4)).isEqualTo(3);
    // "İ" lowers to two chars: the span matches only as String.toLowerCase reads it
    String istanbul = "\u0130STANBUL";
    assertThat(istanbul.toLowerCase(Locale.ROOT)).isEqualTo("i\u0307stanbul");
    assertThat(table.get(istanbul, 0, istanbul.length())).isEqualTo(4);
  }

  @Test
  void anAsciiSpanWithItsHashIsLookedUpAsWithout() {
    String text = "Dan YANG lain, The end, yangs";
    for (int from = 0; from < text.length(); from++) {
      for (int to = from + 1; to <= text.length(); to++) {
        String lowered = text.substring(from, to).toLowerCase(Locale.ROOT);
        assertThat(table.getAscii(text, from, to, lowered.hashCode()))
            .as("%s", lowered).isEqualTo(table.get(text, from, to));
      }
    }
    assertThat(table.getAscii(text, 4, 8, "yang".hashCode())).isEqualTo(1);
  }
}
