package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.robust.AdversarialTexts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sentence of any length is read whole, in work linear in its length: each figure looks only
 * {@link FigureSite#REACH} tokens either way. The work counted is the tokens the reading asks
 * for, not time, on a text with no full stop (one sentence) and on one twice as long; a reading
 * that scans the sentence from each figure, or weighs every figure against every other, asks for
 * about four times as many.
 */
class LinearReadingTest {

  private static final int LENGTH = 20_000;
  /** Twice the text, at most this much more work: linear, with room for binary searches. */
  private static final double MOST_GROWTH = 2.3;
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static long tokenVisits(String text, Language language) {
    ClaimFinder finder =
        new ClaimFinder("a", text, Lexicon.builtIn(language), language, TODAY, true);
    SentenceSplitter.Sentences sentences =
        SentenceSplitter.standard().split(text, TextCleaner.standard().contentLines(text));
    assertThat(sentences).hasSize(1);
    finder.find(sentences);
    return finder.tokenVisits();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
  @MethodSource("io.github.claimcheck.robust.AdversarialTexts#units")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "`12 orang tewas dan `|id", "`banjir yang terjadi pada Senin (2/3) `|id",
    "`termasuk 5 anak, `|id", "`- Kabupaten Agam: 20 orang `|id", "`Of those killed, 12 `|en",
    "`police said 12 people died; `|en", "`kata polisi 12 orang `|id"
  })
  void theWorkOfReadingOneLongSentenceGrowsLinearly(String unit, String code) {
    Language language = Language.fromCode(code).orElseThrow();
    long once = tokenVisits(AdversarialTexts.repeat(unit, LENGTH), language);
    long twice = tokenVisits(AdversarialTexts.repeat(unit, 2 * LENGTH), language);
    assertThat(once).isPositive();
    assertThat((double) twice / once)
        .as("tokens asked for: %d for %d chars, %d for twice as many", once, LENGTH, twice)
        .isLessThanOrEqualTo(MOST_GROWTH);
  }

  @Test
  void aFigureAndItsVerbFarIntoALongSentenceAreReadTogether() {
    // No full stop for 2,000 chars: the figure ends right before char 2,000 and its verb comes
    // after it (the sentence used to be cut there, which parted them).
    String filler = "air sungai meluap ke permukiman warga yang tinggal di bantaran, ";
    String figure = "sebanyak 12 orang";
    String head = AdversarialTexts.repeat(filler, 2000 - 2 - figure.length());
    String text = head + " " + figure + " tewas dalam banjir itu.";
    assertThat(text.indexOf(" tewas")).isGreaterThanOrEqualTo(1998);
    List<Claim> claims = Extractor.standard()
        .extract(Article.builder("a", text).language(Language.INDONESIAN).build(), TODAY);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.predicate()).isEqualTo("killed");
      assertThat(c.value()).isEqualTo(Quantity.exact(12));
      assertThat(c.span().start()).isGreaterThan(1990);
    });
  }
}
