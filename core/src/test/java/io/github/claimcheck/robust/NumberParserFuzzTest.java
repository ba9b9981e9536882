package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.NumberScanner;
import io.github.claimcheck.parse.NumberWords;
import io.github.claimcheck.parse.Quantities;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the number parser. Under {@code mvn verify} they replay the committed seeds
 * in {@code NumberParserFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} they fuzz (see
 * the README, "Fuzzing" under "Input and errors"). Each input is read as UTF-8 text, in both
 * languages.
 */
class NumberParserFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void numberScanner(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Language language : Language.builtIn()) {
      Invariants.numbers(text, NumberScanner.standard().scan(text, language));
    }
  }

  @FuzzTest(maxDuration = "60s")
  void quantities(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Language language : Language.builtIn()) {
      Quantities.parse(text, language).ifPresent(q -> assertThat(q.toString()).isNotEmpty());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void numberWords(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Language language : Language.builtIn()) {
      NumberWords.parse(text, language).ifPresent(v -> assertThat(v.signum()).isNotNegative());
    }
  }
}
