package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.DateScanner;
import io.github.claimcheck.parse.ReferenceDates;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzz targets for the date parser: the scanner with and without a reference date, and the
 * inference of an article's own date. Seeds: {@code DateParserFuzzTestInputs/<method>/}.
 */
class DateParserFuzzTest {

  private static final LocalDate REFERENCE = LocalDate.of(2025, 10, 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  @FuzzTest(maxDuration = "60s")
  void dateScanner(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Language language : Language.builtIn()) {
      Invariants.dates(text, DateScanner.standard().scan(text, language, null));
      Invariants.dates(text, DateScanner.standard().scan(text, language, REFERENCE));
      // the extremes: resolving "999999999 tahun lalu" against them once threw DateTimeException
      Invariants.dates(text, DateScanner.standard().scan(text, language, LocalDate.MIN));
      Invariants.dates(text, DateScanner.standard().scan(text, language, LocalDate.MAX));
    }
  }

  @FuzzTest(maxDuration = "60s")
  void referenceDates(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Language language : Language.builtIn()) {
      ReferenceDates.infer(text, language, TODAY)
          .ifPresent(d -> assertThat(d.date()).isBeforeOrEqualTo(TODAY));
      ReferenceDates.infer(text, language, LocalDate.MAX);
      ReferenceDates.infer(text, language, LocalDate.MIN);
    }
  }
}
