package io.github.claimcheck.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.ClaimChecker;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the renderers (plain and coloured text, Markdown, HTML, and JSON) on the report
 * of any articles: none throws, and no output holds a control or bidi formatting character from
 * the input. The input is one article per line, as for {@link CheckFuzzTest}. Seeds: {@code
 * RenderFuzzTestInputs/render/}.
 */
class RenderFuzzTest {

  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(Fixtures.TODAY).build();

  @FuzzTest(maxDuration = "60s")
  void render(byte[] input) {
    Printable.rendersSafely(
        CHECKER.check(FuzzInput.articles(new String(input, StandardCharsets.UTF_8))));
  }
}
