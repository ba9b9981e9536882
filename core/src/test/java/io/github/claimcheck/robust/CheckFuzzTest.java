package io.github.claimcheck.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for a whole check, extraction and reconciliation: any articles give a report that
 * lists each of them, never an exception. The input is one article per line ({@code text}, {@code
 * id<TAB>text}, {@code id<TAB>text<TAB>source}; see {@link FuzzInput#articles}). Seeds: {@code
 * CheckFuzzTestInputs/check/}.
 */
class CheckFuzzTest {

  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(Fixtures.TODAY).build();

  @FuzzTest(maxDuration = "60s")
  void check(byte[] input) {
    List<Article> articles = FuzzInput.articles(new String(input, StandardCharsets.UTF_8));
    Invariants.report(articles, CHECKER.check(articles));
  }
}
