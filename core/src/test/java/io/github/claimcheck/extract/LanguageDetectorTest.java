package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Sekitar 600 tentara Korea Utara telah tewas, menurut intelijen. | id",
    "Banjir bandang di Garut menewaskan 120 orang dan ribuan warga mengungsi. | id",
    "About 600 North Korean soldiers have been killed, the agency said. | en",
    "The treaty was signed on June 19 in Pyongyang and ratified in November. | en",
    "'' | id",
    "12 345 678 | id",
  })
  void detectsTheLanguageOrFallsBackToIndonesian(String text, String code) {
    assertThat(LanguageDetector.standard().detect(text)).isEqualTo(Language.fromCode(code).orElseThrow());
  }
}
