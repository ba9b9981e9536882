package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a named source ends: never past a figure that counts what follows it. */
class AttributionSpanTest {

  private static List<Claim> claims(String text, Language language) {
    return Extractor.standard()
        .analyse(Article.builder("a", text).language(language)
            .published(LocalDate.of(2017, 6, 25)).build(), LocalDate.of(2026, 1, 1))
        .claims();
  }

  @Test
  void aSourceBeforeAFigureEndsAtTheFigure() {
    assertThat(claims("According to the County Press Office 12 bodies had been recovered.",
        Language.ENGLISH))
        .singleElement()
        .satisfies(c -> assertThat(c.attribution()).contains("County Press Office"));
  }

  @Test
  void aNumberInsideANameStaysInIt() {
    assertThat(claims("Menurut Kodam 17 Cenderawasih, 300 prajurit dikerahkan ke Nduga.",
        Language.INDONESIAN))
        .singleElement()
        .satisfies(c -> assertThat(c.attribution()).contains("Kodam 17 Cenderawasih"));
  }
}
