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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial texts (long runs of digits, dots, hedge words, half dates, clauses of news prose
 * with no full stop, which make sentences as long as the splitter keeps whole) go through the
 * whole pipeline in time linear in their length. The check is a generous absolute bound on a large input,
 * not a tight timing assert: 2 MB takes seconds when reading is linear (2.6–11 s measured
 * on 2 shared cores), while a quadratic reading took 548 s for only 500 KB of such text, so it
 * would overrun the bound by orders of magnitude. Throughput itself is measured by the JMH
 * benchmarks, not here.
 *
 * <p>A wall-clock check, so an {@code *IT} class: only {@code mvn verify -Pslow-tests} runs it,
 * never the default build (whose result must not depend on how busy the machine is).
 */
class LinearTimeIT {

  private static final int SMALL = 200_000;
  private static final int LARGE = 2_000_000;
  private static final Duration BOUND = Duration.ofMinutes(2);
  private static final ClaimChecker CHECKER =
      ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static void check(String text, Language language) {
    Article article = Article.builder("a", text).language(language).build();
    Report report = CHECKER.check(List.of(article));
    assertThat(report.articles()).hasSize(1);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
  @MethodSource("io.github.claimcheck.robust.AdversarialTexts#units")
  void timeGrowsLinearlyWithTheText(String unit, String code) {
    Language language = Language.fromCode(code).orElseThrow();
    check(AdversarialTexts.repeat(unit, SMALL), language); // warm-up
    String large = AdversarialTexts.repeat(unit, LARGE);
    assertTimeoutPreemptively(BOUND, () -> check(large, language),
        () -> "\"" + unit + "\" repeated to " + LARGE + " chars took longer than " + BOUND);
  }
}
