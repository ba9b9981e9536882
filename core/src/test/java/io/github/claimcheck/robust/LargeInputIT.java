package io.github.claimcheck.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.claimcheck.model.Report;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB article is read within a generous bound (about 20 s on 2 shared cores when reading is
 * linear) and every claim planted in it is found. A wall-clock check, so only {@code mvn verify
 * -Pslow-tests} runs it; {@code BadTextTest} checks the same on 2 MB in the default build.
 */
class LargeInputIT {

  @Test
  void aFiftyMegabyteArticleCompletesAndItsClaimsAreFound() {
    String text = BadTextTest.longArticle(50_000_000, 5_000_000);
    Report report = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> BadTextTest.check(text));
    BadTextTest.assertLongArticleClaims(text, report);
  }
}
