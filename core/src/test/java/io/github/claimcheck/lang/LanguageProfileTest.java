package io.github.claimcheck.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles: their settings, their errors, and the JVM-wide registry. Registered test languages use
 * the ISO 639 private-use codes qaa–qtz, one per test, since a registration lasts as long as the
 * JVM.
 */
class LanguageProfileTest {

  @TempDir Path dir;

  private Path folder(String name, String profile) throws IOException {
    Path f = Files.createDirectories(dir.resolve(name));
    Files.writeString(f.resolve("profile.tsv"), profile);
    return f;
  }

  @Test
  void theBuiltInProfilesHaveTheirLanguagesSettings() {
    LanguageProfile id = LanguageProfile.indonesian();
    LanguageProfile en = LanguageProfile.english();

    assertThat(id.name()).isEqualTo("Indonesian");
    assertThat(id.decimalSeparator()).isEqualTo(',');
    assertThat(id.groupSeparator()).isEqualTo('.');
    assertThat(id.dateOrder()).isEqualTo(LanguageProfile.DateOrder.DMY);
    assertThat(id.clitics()).contains("nya");
    assertThat(id.modifiersBeforeNoun()).isFalse();
    assertThat(id.capitalisedMonths()).isFalse();
    assertThat(en.decimalSeparator()).isEqualTo('.');
    assertThat(en.dateOrder()).isEqualTo(LanguageProfile.DateOrder.MDY);
    assertThat(en.clitics()).isEmpty();
    assertThat(en.modifiersBeforeNoun()).isTrue();
    assertThat(en.capitalisedMonths()).isTrue();
    assertThat(id.winsTies()).isTrue();
    assertThat(en.winsTies()).isFalse();
    assertThat(LanguageProfile.primary()).isEqualTo(Language.INDONESIAN);
    assertThat(LanguageProfile.known()).contains(Language.ENGLISH, Language.INDONESIAN);
  }

  @Test
  void aFolderGivesSettingsAndNumberedLinesNamingItsFiles() throws IOException {
    Path f = folder("qaa", "# a comment\nname\tTest\ndecimal\t.\ngroup\t,\ndate_order\tmdy\n"
        + "clitics\tx, y\nmodifiers\tbefore\nmonth_case\tcapitalised\n");
    Files.writeString(f.resolve("hedges.tsv"), "# comment\n\nsekitar\tapproximate\n");

    LanguageProfile p = LanguageProfile.fromDirectory(Language.of("qaa"), f);

    assertThat(p.name()).isEqualTo("Test");
    assertThat(p.clitics()).containsExactly("x", "y");
    assertThat(p.dateOrder()).isEqualTo(LanguageProfile.DateOrder.MDY);
    assertThat(p.modifiersBeforeNoun()).isTrue();
    assertThat(p.capitalisedMonths()).isTrue();
    assertThat(p.lines("hedges.tsv")).singleElement().satisfies(l -> {
      assertThat(l.number()).isEqualTo(3);
      assertThat(l.text()).isEqualTo("sekitar\tapproximate");
      assertThat(l.at()).isEqualTo(f.toAbsolutePath().resolve("hedges.tsv") + ":3");
    });
    assertThat(p.has("units.tsv")).isFalse();
    assertThat(p.lines("units.tsv")).isEmpty();
  }

  @Test
  void aFolderWithoutProfileTsvIsRejected() throws IOException {
    Path f = Files.createDirectories(dir.resolve("qab"));

    assertThatThrownBy(() -> LanguageProfile.fromDirectory(Language.of("qab"), f))
        .isInstanceOf(ClaimCheckException.class)
        .hasMessageContaining("profile.tsv").hasMessageContaining("missing");
  }

  @Test
  void malformedSettingsNameFileLineAndProblem() throws IOException {
    Language l = Language.of("qac");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("a", "name\tX\ncolour\tred\n")))
        .hasMessageContaining("profile.tsv:2").hasMessageContaining("unknown setting 'colour'");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("b", "decimal\t,,\n")))
        .hasMessageContaining("profile.tsv:1").hasMessageContaining("one character");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("c", "decimal\t.\ngroup\t.\n")))
        .hasMessageContaining("both '.'");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("d", "date_order\tydm\n")))
        .hasMessageContaining("profile.tsv:1").hasMessageContaining("'ydm' is none of [dmy, mdy]");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("e", "modifiers\tbeside\n")))
        .hasMessageContaining("neither before nor after");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("f", "name Test\n")))
        .hasMessageContaining("expected setting<TAB>value");
    assertThatThrownBy(() -> LanguageProfile.fromDirectory(l, folder("g", "detect_ties\tsometimes\n")))
        .hasMessageContaining("profile.tsv:1").hasMessageContaining("sometimes");
  }

  @Test
  void registeringTwiceFromOnePlaceKeepsTheFirstAndAnotherPlaceIsAnError() throws IOException {
    Language l = Language.of("qad");
    Path f = folder("qad", "name\tOne\n");
    LanguageProfile first = LanguageProfile.fromDirectory(l, f);
    LanguageProfile again = LanguageProfile.fromDirectory(l, f);
    LanguageProfile other = LanguageProfile.fromDirectory(l, folder("elsewhere", "name\tTwo\n"));

    assertThat(LanguageProfile.isKnown(l)).isFalse();
    assertThat(LanguageProfile.register(first)).isSameAs(first);
    assertThat(LanguageProfile.register(again)).isSameAs(first);
    assertThat(LanguageProfile.of(l)).isSameAs(first);
    assertThat(LanguageProfile.known()).contains(l).extracting(Language::code).isSorted();
    assertThatThrownBy(() -> LanguageProfile.register(other))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("another profile");
  }

  @Test
  void aBuiltInLanguageCannotBeReplaced() throws IOException {
    LanguageProfile fake = LanguageProfile.fromDirectory(Language.INDONESIAN, folder("id", "name\tFake\n"));

    assertThatThrownBy(() -> LanguageProfile.register(fake))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("built in");
    assertThat(LanguageProfile.of(Language.INDONESIAN).name()).isEqualTo("Indonesian");
  }

  @Test
  void anUnknownLanguageNamesTheKnownOnes() {
    assertThatThrownBy(() -> LanguageProfile.of(Language.of("qtz")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qtz").hasMessageContaining("en").hasMessageContaining("id");
  }

  @Test
  void aMalformedSharedFileFailsTheRegistrationAndRegistersNothing() throws IOException {
    Language l = Language.of("qae");
    Path f = folder("qae", "name\tBroken\n");
    Files.writeString(f.resolve("sources.tsv"), "# sources\nword\tpolis\tpolice\nword\tpdrm\n");

    assertThatThrownBy(() -> LanguageProfile.register(LanguageProfile.fromDirectory(l, f)))
        .isInstanceOf(ClaimCheckException.class)
        .hasMessageContaining("sources.tsv:3").hasMessageContaining("kind<TAB>words<TAB>key");
    assertThat(LanguageProfile.isKnown(l)).isFalse();
  }

  @Test
  void aBoilerplatePatternThatIsNoRegexFailsTheRegistration() throws IOException {
    Language l = Language.of("qaf");
    Path f = folder("qaf", "name\tBroken\n");
    Files.writeString(f.resolve("boilerplate.tsv"), "regex\t(unclosed\n");

    assertThatThrownBy(() -> LanguageProfile.register(LanguageProfile.fromDirectory(l, f)))
        .hasMessageContaining("boilerplate.tsv:1").hasMessageContaining("not a regular expression");
    assertThat(LanguageProfile.isKnown(l)).isFalse();
  }
}
