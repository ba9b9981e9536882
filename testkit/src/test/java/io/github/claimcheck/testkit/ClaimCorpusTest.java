package io.github.claimcheck.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The corpus runner: what it reads, what it reports, and what it rejects. */
class ClaimCorpusTest {

  private static final String CORPUS = """
      # a header comment
      @ 2025-05-10 id

      # 1 a range with its time
      > Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara ke Rusia.
      = deployed | north_korea:soldiers | range 10000 12000 | soldiers

      # 2
      > Cuaca cerah dan angin tenang.
      = none
      """;

  @Test
  void readsCasesWithTheirNamesLinesDatesAndLanguages() {
    List<ClaimCorpus.Case> cases = ClaimCorpus.of(CORPUS).cases();

    assertThat(cases).extracting(ClaimCorpus.Case::name).containsExactly("#1", "#2");
    assertThat(cases).extracting(ClaimCorpus.Case::line).containsExactly(5, 9);
    assertThat(cases.get(0).published()).isEqualTo(LocalDate.of(2025, 5, 10));
    assertThat(cases.get(0).language().code()).isEqualTo("id");
    assertThat(cases.get(0).expected()).hasSize(1);
    assertThat(cases.get(1).expected()).isEmpty();
  }

  @Test
  void passingCasesPass() {
    ClaimCorpus.of(CORPUS).checkAll();
    assertThat(ClaimCorpus.of(CORPUS).tests().map(DynamicTest::getDisplayName))
        .containsExactly("#1: Korea Utara mengirim sekitar 10.000 hingga 12.000 tentara...",
            "#2: Cuaca cerah dan angin tenang.");
  }

  @Test
  void aMissedClaimIsReportedWithTheClaimsExtracted() {
    ClaimCorpus corpus = ClaimCorpus.of("""
        @ 2025-05-10 id
        > Korea Utara mengirim 10.000 tentara ke Rusia.
        = deployed | north_korea:soldiers | exact 12000 12000 | soldiers
        """);

    assertThatThrownBy(() -> corpus.check(corpus.cases().get(0)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("corpus:2")
        .hasMessageContaining("not extracted")
        .hasMessageContaining("exact 12000 12000")
        .hasMessageContaining("10000");
  }

  @Test
  void anExtraClaimFailsTheCase() {
    ClaimCorpus corpus = ClaimCorpus.of("""
        @ 2025-05-10 id
        > Korea Utara mengirim 10.000 tentara ke Rusia.
        = none
        """);

    assertThatThrownBy(corpus::checkAll)
        .hasMessageContaining("1 of 1 cases")
        .hasMessageContaining("unexpected claims");
  }

  @Test
  void fieldsMustMatch() {
    ClaimCorpus wrongScope = ClaimCorpus.of("""
        @ 2025-05-10 id
        > Korea Utara mengirim 10.000 tentara ke Rusia.
        = deployed | north_korea:soldiers | exact 10000 10000 | soldiers | by=Pentagon
        """);

    assertThatThrownBy(wrongScope::checkAll).hasMessageContaining("by=Pentagon");
  }

  @Test
  void malformedCorporaNameTheLine() {
    assertThatThrownBy(() -> ClaimCorpus.of("> a text first\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corpus:1");
    assertThatThrownBy(() -> ClaimCorpus.of("@ 2025-13-01 id\n"))
        .hasMessageContaining("corpus:1").hasMessageContaining("no date");
    assertThatThrownBy(() -> ClaimCorpus.of("@ 2025-01-01 id\n> teks\n= killed | people | lots 1 2 | -\n"))
        .hasMessageContaining("corpus:3").hasMessageContaining("kind low high");
    assertThatThrownBy(() -> ClaimCorpus.of("@ 2025-01-01 id\n> teks\n= killed | people | exact 1 1 | - | colour=red\n"))
        .hasMessageContaining("corpus:3").hasMessageContaining("no field");
    assertThatThrownBy(() -> ClaimCorpus.of("@ 2025-01-01 id\n> teks\n> another\n= none\n"))
        .hasMessageContaining("corpus:2").hasMessageContaining("without expected claims");
    assertThatThrownBy(() -> ClaimCorpus.of("@ 2025-01-01 id\n> teks\nstray line\n"))
        .hasMessageContaining("corpus:3");
    assertThatThrownBy(() -> ClaimCorpus.fromResource(ClaimCorpusTest.class, "/no/such.txt"))
        .hasMessageContaining("/no/such.txt");
  }
}
