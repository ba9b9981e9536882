package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files every language shares (abbreviations, boilerplate, …) take the lines of each
 * registered profile too; a profile's own malformed file fails when it is added to a checker.
 * Test languages use ISO 639 private-use codes (qb*), one per test: registrations last the JVM.
 */
class SharedLanguageDataTest {

  @TempDir Path dir;

  private Path folder(String code) throws IOException {
    Path f = Files.createDirectories(dir.resolve(code));
    Files.writeString(f.resolve("profile.tsv"), "name\tTest " + code + "\n");
    return f;
  }

  private static List<String> sentences(String text) {
    TextCleaner cleaner = TextCleaner.standard();
    return SentenceSplitter.standard().split(text, cleaner.contentLines(text)).stream()
        .map(Sentence::text)
        .toList();
  }

  @Test
  void aRegisteredProfileAddsItsAbbreviationsAndBoilerplateForEveryLanguage() throws IOException {
    String text = "Tim Zqw. Budi mencatat 12 korban.\nZqv iklan: langganan sekarang\nSelesai.";
    assertThat(sentences(text)).containsExactly(
        "Tim Zqw.", "Budi mencatat 12 korban.", "Zqv iklan: langganan sekarang", "Selesai.");
    Path f = folder("qba");
    Files.writeString(f.resolve("abbreviations.txt"), "# test\nzqw\n");
    Files.writeString(f.resolve("boilerplate.tsv"), "prefix\tzqv iklan\n");

    LanguageProfile.register(LanguageProfile.fromDirectory(Language.of("qba"), f));

    assertThat(sentences(text)).containsExactly("Tim Zqw. Budi mencatat 12 korban.", "Selesai.");
  }

  @Test
  void aMalformedFileOfTheLanguageFailsWhenTheCheckerIsBuiltNamingFileAndLine() throws IOException {
    Path f = folder("qbb");
    Files.writeString(f.resolve("predicates.tsv"), "# forms\nkilled\ttewas\tboth\nkilled\n");
    LanguageProfile broken = LanguageProfile.fromDirectory(Language.of("qbb"), f);

    assertThatThrownBy(() -> ClaimChecker.builder().language(broken))
        .isInstanceOf(ClaimCheckException.class)
        .hasMessageContaining(f.toAbsolutePath().resolve("predicates.tsv") + ":3");
  }

  @Test
  void aCuePhraseListedUnderTwoKindsFailsNamingFileLineAndFirstKind() throws IOException {
    // a phrase matches as one kind only: its second line would be dead data
    Path f = folder("qbd");
    Files.writeString(f.resolve("cues.tsv"),
        "# cues\nfiller\thas\ncurrent\tnow\nauxiliary\tHas\nauxiliary\thas been\n");
    LanguageProfile broken = LanguageProfile.fromDirectory(Language.of("qbd"), f);

    assertThatThrownBy(() -> ClaimChecker.builder().language(broken))
        .isInstanceOf(ClaimCheckException.class)
        .hasMessageContaining(f.toAbsolutePath().resolve("cues.tsv") + ":4")
        .hasMessageContaining("'Has' is already a cue of kind filler");
  }

  @Test
  void theSameCuePhraseTwiceUnderOneKindIsAccepted() throws IOException {
    Path f = folder("qbe");
    Files.writeString(f.resolve("cues.tsv"), "filler\thas\nfiller\thas\n");

    assertThat(ClaimChecker.builder().language(LanguageProfile.fromDirectory(Language.of("qbe"), f)).build())
        .isNotNull();
  }

  @Test
  void aWellFormedProfileLoadsAndReadsItsFigures() throws IOException {
    Path f = folder("qbc");
    Files.writeString(f.resolve("profile.tsv"), "name\tTest\ndecimal\t.\ngroup\t,\n");
    Files.writeString(f.resolve("predicates.tsv"), "killed\tperished\tafter\n");
    Files.writeString(f.resolve("subjects.tsv"), "folk\tpeople\tpeople\n");
    Language qbc = Language.of("qbc");

    ClaimChecker checker = ClaimChecker.builder().language(LanguageProfile.fromDirectory(qbc, f)).build();

    assertThat(checker.extract(io.github.claimcheck.model.Article.builder("t", "1,250 folk perished.")
        .language(qbc).published(java.time.LocalDate.of(2025, 1, 2)).build()))
        .singleElement().satisfies(c -> {
          assertThat(c.predicate()).isEqualTo("killed");
          assertThat(c.quantity().orElseThrow().low().orElseThrow()).isEqualByComparingTo("1250");
        });
  }
}
