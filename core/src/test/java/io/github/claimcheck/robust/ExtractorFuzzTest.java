package io.github.claimcheck.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.extract.Extractor;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzz target for the extractor: the input is an article's text, read with its language detected
 * and with each language given. Seeds: {@code ExtractorFuzzTestInputs/analyse/}.
 */
class ExtractorFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  @FuzzTest(maxDuration = "60s")
  void analyse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Article detected = Article.of("fuzz", text);
    Invariants.analysis(detected, Extractor.standard().analyse(detected, TODAY));
    for (Language language : Language.builtIn()) {
      Article given = Article.builder("fuzz", text).language(language).build();
      Invariants.analysis(given, Extractor.standard().analyse(given, TODAY));
    }
  }
}
