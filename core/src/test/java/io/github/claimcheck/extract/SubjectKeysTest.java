package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.SubjectKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor builds typed subject keys from their parts, never by gluing strings. */
class SubjectKeysTest {

  private static List<Claim> claims(String text) {
    return Extractor.standard()
        .analyse(Article.builder("a", text).language(Language.INDONESIAN)
            .published(LocalDate.of(2025, 1, 11)).build(), LocalDate.of(2026, 1, 1))
        .claims();
  }

  @Test
  void theSenderOfTroopsIsTheActorOfACountedKey() {
    assertThat(claims("Korea Utara telah mengirim 8.000 tentara ke Rusia pada Oktober."))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.subjectKey()).isInstanceOf(SubjectKey.Counted.class);
          assertThat(c.subjectKey().actor()).contains("north_korea");
          assertThat(c.subjectKey().kind()).isEqualTo("soldiers");
        });
  }

  @Test
  void aMeetingIsAboutThePeopleWhoMet() {
    assertThat(claims("Presiden Prabowo dan Presiden Putin bertemu pada Jumat, 10 Januari 2025."))
        .singleElement()
        .satisfies(c -> assertThat(c.subjectKey())
            .isEqualTo(SubjectKey.Named.of(List.of("prabowo", "putin"))));
  }
}
