package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a named source ends: never past a figure that counts what follows it, a day of the week or
 * another speech verb.
 */
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

  /** The source of the one claim of {@code predicate} the text yields. */
  private static Optional<String> sourceOf(String predicate, String text, Language language) {
    List<Claim> of = claims(text, language).stream()
        .filter(c -> c.predicate().equals(predicate)).toList();
    assertThat(of).as("claims of %s in %s", predicate, text).hasSize(1);
    return of.get(0).attribution();
  }

  @Test
  void aSourceEndsBeforeTheDayItSpoke() {
    assertThat(sourceOf("displaced", "Jumlah pengungsi mencapai 2.400 jiwa, kata BPBD Kamis (22/6).",
        Language.INDONESIAN)).hasValue("BPBD");
    assertThat(sourceOf("missing", "\"The search goes on,\" said Fire Chief Ana Lopes late Friday,"
        + " adding that 31 people were still missing.", Language.ENGLISH))
        .hasValue("Fire Chief Ana Lopes");
  }

  @Test
  void aSubjectEndsAtAnEarlierSpeechVerb() {
    assertThat(sourceOf("missing", "The governor said Saturday that there are an estimated 430"
        + " people still unaccounted for.", Language.ENGLISH)).hasValue("governor");
  }

  @Test
  void aConjunctionAfterAClauseOpensTheSpeakersClause() {
    assertThat(claims("The toll had stood at 14 on Tuesday but Rahman said divers found five more"
        + " bodies overnight.", Language.ENGLISH))
        .filteredOn(c -> c.quantity().flatMap(q -> q.low()).map(v -> v.intValue()).orElse(0) == 14)
        .singleElement()
        .satisfies(c -> assertThat(c.attribution()).hasValue("Rahman"));
    assertThat(sourceOf("killed", "BNPB dan BPBD menyebut 14 orang meninggal.", Language.INDONESIAN))
        .hasValue("BNPB dan BPBD");
  }

  @Test
  void aSourceEndsBeforeTheTimeItsDataHold() {
    assertThat(sourceOf("killed", "Data terbaru dari BPBD per pukul 18:27 WIB mencatat ada 31 orang"
        + " meninggal dunia.", Language.INDONESIAN)).hasValue("BPBD");
  }
}
