package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo.DateBasis;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Language;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an article's own date is read, and what a guessed or unknown date does to its claims. */
class ReportDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static ArticleAnalysis analyse(String text, Language language) {
    return Extractor.standard()
        .analyse(Article.builder("a", text).language(language).build(), TODAY);
  }

  @Test
  void aGivenDateIsCertain() {
    ArticleAnalysis a = Extractor.standard().analyse(
        Article.builder("a", "Banjir merendam 40 rumah.").language(Language.INDONESIAN)
            .published(LocalDate.of(2025, 2, 3)).build(), TODAY);
    assertThat(a.info().publishedBasis()).contains(DateBasis.GIVEN);
    assertThat(a.info().publishedBasis().orElseThrow().certain()).isTrue();
    assertThat(a.info().publishedInferred()).isFalse();
  }

  @Test
  void theSpeechTagDatesTheReportNotTheEventInTheLede() {
    ArticleAnalysis a = analyse(
        "Banjir bandang yang terjadi di hulu sungai pada Jumat (7/2/2025) merendam ratusan rumah. "
            + "\"Air mulai surut,\" kata camat setempat, Minggu (9/2/2025).",
        Language.INDONESIAN);
    assertThat(a.info().published()).contains(LocalDate.of(2025, 2, 9));
    assertThat(a.info().publishedBasis()).contains(DateBasis.DATELINE);
    assertThat(a.info().publishedEvidence()).contains("Minggu (9/2/2025)");
    // the flood's day stays an event date of its own
    assertThat(a.claims()).extracting(Claim::date)
        .contains(Optional.of(DateValue.day(LocalDate.of(2025, 2, 7))));
  }

  @Test
  void aDayMonthWithNoYearAnywhereLeavesTheDateUnknown() {
    ArticleAnalysis a = analyse(
        "Officials said on Oct. 17 that 40 people were missing. A second list followed on Oct. 21.",
        Language.ENGLISH);
    assertThat(a.info().published()).isEmpty();
    assertThat(a.info().publishedBasis()).isEmpty();
    // no year is guessed for the dates either: no date claim in today's year
    assertThat(a.claims()).noneMatch(c -> c.date().isPresent());
  }

  @Test
  void aWeekdayYearGuessIsNotCertain() {
    ArticleAnalysis a = analyse(
        "Tim SAR menemukan dua korban lagi pada Rabu (12/2). Pencarian dilanjutkan.",
        Language.INDONESIAN);
    assertThat(a.info().published()).contains(LocalDate.of(2025, 2, 12));
    assertThat(a.info().publishedBasis()).contains(DateBasis.WEEKDAY_YEAR);
    assertThat(a.info().publishedBasis().orElseThrow().certain()).isFalse();
  }
}
