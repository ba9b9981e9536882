package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Report;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adversarial texts (long runs of digits, dots, hedge words, half dates) take time linear in
 * their length through the whole pipeline: ten times the text may take at most about 25 times as
 * long (a loose bound: linear is 10, quadratic 100), and the large text has a generous absolute
 * bound. Timings are the best of a few runs after warm-up, so a busy machine does not fail it.
 */
class LinearTimeTest {

  private static final int SMALL = 200_000;
  private static final int LARGE = 2_000_000;
  private static final double MAX_RATIO = 25;
  private static final ClaimChecker CHECKER =
      ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.substring(0, length);
  }

  private static long timeCheck(String text, Language language) {
    Article article = Article.builder("a", text).language(language).build();
    long start = System.nanoTime();
    Report report = CHECKER.check(List.of(article));
    long elapsed = System.nanoTime() - start;
    assertThat(report.articles()).hasSize(1);
    return elapsed;
  }

  private static long best(String text, Language language, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      best = Math.min(best, timeCheck(text, language));
    }
    return best;
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "1|id", ".|id", "`1.`|id", "`1,`|en", "`sekitar `|id", "`lebih dari `|id",
    "`more than about nearly `|en", "`(1/1/`|id", "`ribuan `|id", "`12 orang `|id",
    "`kata polisi `|id", "`Senin, 2 `|id", "`menurut `|id", "`-an ke-`|id"
  })
  void timeGrowsLinearlyWithTheText(String unit, String code) {
    Language language = Language.fromCode(code).orElseThrow();
    String small = repeat(unit, SMALL);
    String large = repeat(unit, LARGE);
    timeCheck(small, language); // warm-up
    long smallNanos = best(small, language, 3);
    long largeNanos =
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> timeCheck(large, language));
    if (largeNanos > MAX_RATIO * smallNanos) {
      // one more pair before judging: a single slow run on a shared machine is noise
      smallNanos = Math.min(smallNanos, best(small, language, 2));
      largeNanos = Math.min(largeNanos, timeCheck(large, language));
    }
    assertThat((double) largeNanos / smallNanos)
        .as("%s: %d ms for %d chars, %d ms for %d chars", unit, smallNanos / 1_000_000, SMALL,
            largeNanos / 1_000_000, LARGE)
        .isLessThanOrEqualTo(MAX_RATIO);
  }
}
