package io.github.claimcheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One cut of a text, read two ways: the date scanner's tokens and the number scanner's. */
class TextTokensTest {

  private static final ScanWords ID = ScanWords.of(Language.INDONESIAN);

  private static List<String> dates(String text) {
    TextTokens t = TextTokens.of(text, ID).dates();
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      out.add(t.norm[k]);
    }
    return out;
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : TextTokens.of(text, ID).numberTokens()) {
      out.add((t.glued ? "+" : "") + t.key);
    }
    return out;
  }

  @Test
  void digitGroupsAreOneNumberAndThreeDateTokens() {
    assertThat(numbers("10.000 dan 1,5")).containsExactly("10.000", "dan", "1,5");
    assertThat(dates("10.000 dan 1,5")).containsExactly("#", ".", "#", "dan", "#", ",", "#");
    assertThat(TextTokens.of("10.000.000", ID).numberTokens().get(0).digits).isEqualTo(8);
    assertThat(numbers("(12/6)")).containsExactly("(", "+12", "+/", "+6", "+)");
  }

  @Test
  void anInnerApostropheJoinsADateWordButNotANumberWord() {
    assertThat(dates("Jum'at pagi")).containsExactly("jumat", "pagi");
    assertThat(numbers("Jum'at pagi")).containsExactly("jum", "+'", "+at", "pagi");
    // a possessive is no part of the word
    assertThat(dates("the town's west")).containsExactly("the", "town", "'", "s", "west");
  }

  @Test
  void combiningMarksAndNoBreakSpacesAreReadAsEachScannerReadsThem() {
    String cafe = "cafe\u0301 10\u202F000";
    assertThat(numbers(cafe)).containsExactly("cafe\u0301", "10", "000");
    assertThat(dates(cafe)).containsExactly("cafe", "\u0301", "#", "\u202F", "#");
    // a letter outside the basic plane goes on a number word; each half is a date token
    assertThat(numbers("a\uD835\uDC00b")).containsExactly("a\uD835\uDC00b");
    assertThat(dates("a\uD835\uDC00b")).containsExactly("a", "\uD835", "\uDC00", "b");
  }

  @Test
  void eachWordIsLookedUpOnceForBothScanners() {
    TextTokens t = TextTokens.of("dua Mei", ID);
    List<Token> numbers = t.numberTokens();
    assertThat(numbers.get(0).word).isSameAs(t.word(0));
    assertThat(numbers.get(0).word.number).isNotNull(); // "dua" starts a number phrase
    assertThat(numbers.get(1).word.date.first[DateLexicon.Kind.MONTH.ordinal()]).isNotEmpty();
    assertThat(t.word(1)).isSameAs(numbers.get(1).word);
  }
}
