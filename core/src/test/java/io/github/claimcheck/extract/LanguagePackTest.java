package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.reconcile.Rules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagePackTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 10, 10);

  private static final LanguagePack DAMAGE =
      LanguagePack.builder()
          .predicate("damaged", Language.INDONESIAN, "rusak", "rusak berat", "terendam")
          .predicate("damaged", Language.ENGLISH, "damaged", "destroyed", "flooded")
          .counts("damaged", "buildings")
          .noun(Language.INDONESIAN, "rumah", "buildings", "houses")
          .noun(Language.ENGLISH, "homes", "buildings", "houses")
          .noun(Language.INDONESIAN, "relawan", "volunteers", "volunteers")
          .counts("deployed", "volunteers")
          .actor("basarnas", "basarnas")
          .build();

  private static Article article(String text) {
    return Article.builder("a1", text).published(LocalDate.of(2025, 10, 2)).build();
  }

  private static List<String> read(Extractor extractor, String text) {
    return extractor.extract(article(text), TODAY).stream()
        .map(c -> c.predicate() + " " + c.subject() + " " + c.value() + " " + c.unit().orElse("-"))
        .toList();
  }

  @Test
  void aPhraseWithPunctuationMatchesAsWritten() {
    // GIVEN an actor alias written with its abbreviation in brackets
    LanguagePack pack = LanguagePack.builder().actor("Republik Rakyat Tiongkok (RRT)", "china").build();
    // WHEN the text writes it the same way
    List<String> claims = read(Extractor.of(pack),
        "Sebanyak 500 tentara Republik Rakyat Tiongkok (RRT) dikerahkan ke perbatasan.");
    // THEN the brackets do not keep it from matching
    assertThat(claims).containsExactly("deployed china:soldiers 500 soldiers");
  }

  @Test
  void anAliasInBracketsMatchesWhereverTheTextPutsIt() {
    // GIVEN the alias of issue 15, which was accepted and never matched
    LanguagePack pack = LanguagePack.builder().actor("Badan Intelijen Nasional (NIS)", "nis").build();
    // WHEN the text names it after a counted noun, brackets and all
    List<String> claims = read(Extractor.of(pack),
        "Sebanyak 40 tentara Badan Intelijen Nasional (NIS) dikerahkan ke perbatasan.");
    // THEN it names the subject
    assertThat(claims).containsExactly("deployed nis:soldiers 40 soldiers");
  }

  @Test
  void aNounWithPunctuationCountsAsWritten() {
    // GIVEN a counting noun with its abbreviation in brackets
    LanguagePack pack = LanguagePack.builder()
        .noun(Language.INDONESIAN, "rumah tangga (RT)", "households", "households").build();
    // WHEN the text writes it so
    List<String> claims = read(Extractor.of(pack),
        "Sebanyak 120 rumah tangga (RT) mengungsi ke balai desa.");
    // THEN the figure counts it
    assertThat(claims).containsExactly("displaced households 120 households");
  }

  @Test
  void spellingsTheTextCannotTellApartAreOnePhrase() {
    // GIVEN one alias, then the same words spaced differently for another actor
    LanguagePack.Builder b = LanguagePack.builder().actor("Badan Intelijen Nasional (NIS)", "nis");
    // WHEN the second is added THEN it is the same alias defined twice, not a silent shadow
    assertThatThrownBy(() -> b.actor("Badan  Intelijen Nasional ( NIS )", "korea"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is defined twice")
        .hasMessageContaining("for actor 'nis'");
  }

  @Test
  void aPhraseTheTextCouldNeverGiveIsRejectedWhenThePackIsBuilt() {
    // a dot followed by a capital ends a sentence, so the phrase would be cut in two
    assertThatThrownBy(() -> LanguagePack.builder().actor("Komando Pasukan Khusus. Grup Satu", "kopassus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would be cut into two sentences after 'Komando Pasukan Khusus.'");
    // a leading apostrophe is glued to the word before it in text ("Army's")
    assertThatThrownBy(() -> LanguagePack.builder().noun(Language.ENGLISH, "'s troops", "soldiers", "soldiers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with a joining mark (') that text glues to the word before it");
    // an abbreviation's dot ends no sentence, so such a phrase is accepted
    LanguagePack ok = LanguagePack.builder().actor("Dr. Sutopo", "sutopo").build();
    assertThat(ok.isEmpty()).isFalse();
  }

  @Test
  void aPredicateAddedThroughTheBuilderIsExtractedInBothLanguages() {
    Extractor extractor = Extractor.of(DAMAGE);
    assertThat(read(extractor, "Sebanyak 1.200 rumah rusak berat akibat banjir, menurut BPBD."))
        .containsExactly("damaged buildings 1200 houses");
    assertThat(read(extractor, "The flood damaged 1,200 homes, the agency said."))
        .containsExactly("damaged buildings 1200 houses");
    assertThat(read(Extractor.standard(), "Sebanyak 1.200 rumah rusak berat akibat banjir."))
        .isEmpty();
  }

  @Test
  void countsWidensABuiltInPredicateAndAliasesNameTheSubject() {
    Extractor extractor = Extractor.of(DAMAGE);
    assertThat(read(extractor, "Sebanyak 500 relawan dikerahkan ke lokasi banjir."))
        .containsExactly("deployed volunteers 500 volunteers");
    assertThat(read(extractor, "Sebanyak 320 personel Basarnas dikerahkan ke Garut."))
        .containsExactly("deployed basarnas:soldiers 320 soldiers");
    assertThat(read(Extractor.standard(), "Sebanyak 320 personel Basarnas dikerahkan ke Garut."))
        .containsExactly("deployed soldiers 320 soldiers");
  }

  @Test
  void builtInExtractionIsUnchangedByAnEmptyOrUnrelatedPack() {
    assertThat(Extractor.of(LanguagePack.empty())).isSameAs(Extractor.standard());
    Extractor unrelated = Extractor.of(LanguagePack.builder()
        .predicate("harvested", Language.ENGLISH, "harvested").build());
    for (String text : List.of(
        "Sekitar 600 tentara Korea Utara tewas dan 2.700 lainnya terluka, kata NIS.",
        "Banjir bandang menewaskan 27 orang, kata BNPB, Kamis (2/10).",
        "Russia deployed between 10,000 and 12,000 troops last autumn, officials said.")) {
      List<Claim> builtIn = Extractor.standard().extract(article(text), TODAY);
      assertThat(builtIn).isNotEmpty();
      assertThat(unrelated.extract(article(text), TODAY)).isEqualTo(builtIn);
    }
  }

  @Test
  void theCheckerBuilderTakesAPackAndARuleSet() {
    ClaimChecker checker = ClaimChecker.builder()
        .language(DAMAGE)
        .ruleSet(RuleSet.defaults().with(Rules.tolerate("damaged", 0.30)))
        .today(TODAY)
        .build();
    Report report = checker.check(List.of(
        Article.builder("a1", "Sebanyak 1.000 rumah rusak akibat banjir.")
            .published(LocalDate.of(2025, 10, 2)).build(),
        Article.builder("a2", "Sebanyak 1.250 rumah rusak akibat banjir.")
            .published(LocalDate.of(2025, 10, 2)).build()));
    assertThat(report.claims()).extracting(Claim::predicate).containsExactly("damaged", "damaged");
    // 30 % tolerance applies to approximate figures only: exact 1,000 and 1,250 still conflict.
    assertThat(report.findings(Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.predicate()).isEqualTo("damaged"));
  }

  @Test
  void entriesTheBuiltInLexiconHoldsAreAcceptedAndNewWordsAdded() {
    LanguagePack pack = LanguagePack.builder()
        .predicate("displaced", Language.INDONESIAN, "mengungsi", "pengungsi", "terusir")
        .noun(Language.INDONESIAN, "warga", "people", "people")
        .actor("korut", "north_korea")
        .counts("displaced", "people")
        .build();
    assertThat(pack.predicates()).containsExactly("displaced");
    assertThat(read(Extractor.of(pack), "Sebanyak 300 warga terusir dari kampungnya."))
        .containsExactly("displaced people 300 people");
  }

  @Test
  void aFormOrPredicateDefinedTwiceFailsNamingBothPlaces() {
    assertThatThrownBy(() -> LanguagePack.builder()
            .predicate("damaged", Language.ENGLISH, "damaged")
            .predicate("damaged", Language.ENGLISH, "Damaged"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("form 'Damaged' of predicate 'damaged' (en) is defined twice")
        .hasMessageContaining("predicateForm(damaged, en, \"damaged\")");
    assertThatThrownBy(() -> LanguagePack.builder()
            .counts("damaged", "buildings")
            .predicatesSubjectsFile(stream("damaged\tbuildings,roads\n"), "extra.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra.tsv:1: predicate 'damaged' is defined twice; it is already defined"
            + " with kinds buildings at counts(damaged, buildings)");
  }

  @Test
  void contradictingTheBuiltInLexiconFails() {
    assertThatThrownBy(() -> LanguagePack.builder()
            .noun(Language.INDONESIAN, "orang", "buildings", "houses"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noun 'orang' (id) is defined twice; it is already defined as"
            + " people/people at built-in lang/id/subjects.tsv:");
    assertThatThrownBy(() -> LanguagePack.builder().actor("kremlin", "usa"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias 'kremlin' is defined twice")
        .hasMessageContaining("for actor 'russia'");
  }

  @Test
  void aMalformedUserFileFailsWithFileLineAndProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("predicates.tsv");
    Files.writeString(file, "# my predicates\n\nrescued\tdiselamatkan\tafter\nrescued diselamatkan\n");
    assertThatThrownBy(() -> LanguagePack.builder().predicatesFile(Language.INDONESIAN, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ":4: expected predicate<TAB>form<TAB>position[<TAB>kind,kind,...] (tab-separated), found 1"
            + " column (spaces instead of tabs?): \"rescued diselamatkan\"");
    assertThatThrownBy(() -> LanguagePack.builder().predicatesFile(Language.INDONESIAN,
            stream("rescued\tdiselamatkan\tanywhere\n"), "in-memory"))
        .hasMessage("in-memory:1: position must be after, before or both, not 'anywhere':"
            + " \"rescued\tdiselamatkan\tanywhere\"");
    assertThatThrownBy(() -> LanguagePack.builder().predicatesFile(Language.INDONESIAN,
            stream("Rescued People\tdiselamatkan\tafter\n"), "in-memory"))
        .hasMessageContaining("in-memory:1: predicate 'Rescued People' must be lower-case");
    assertThatThrownBy(() -> LanguagePack.builder().subjectsFile(Language.ENGLISH,
            stream("crews\tworkers\tworkers\tplural\n"), "s.tsv"))
        .hasMessageContaining("s.tsv:1: the fourth column may only be 'generic', not 'plural'");
    assertThatThrownBy(() -> LanguagePack.builder().predicatesSubjectsFile(
            stream("rescued\tpeople,,volunteers\n"), "k.tsv"))
        .hasMessageContaining("k.tsv:1: kind '' must be one word without spaces");
    assertThatThrownBy(() -> LanguagePack.builder().actorsFile(dir.resolve("missing.tsv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.tsv");
  }

  @Test
  void aFolderOrResourcesInTheBuiltInLayoutAreRead(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("en"));
    Files.writeString(dir.resolve("en/predicates.tsv"), "rescued\trescued\tboth\n");
    Files.writeString(dir.resolve("predicates-subjects.tsv"), "rescued\tpeople\n");
    LanguagePack fromDir = LanguagePack.fromDirectory(dir);
    assertThat(read(Extractor.of(fromDir), "Divers rescued 14 people from the river."))
        .containsExactly("rescued people 14 people");

    LanguagePack fromResources =
        LanguagePack.builder().resources(LanguagePackTest.class, "/langpack").build();
    assertThat(fromResources.predicates()).containsExactly("deployed", "rescued");
    assertThat(read(Extractor.of(fromResources), "Tim Badan SAR Nasional menyelamatkan 14 orang."))
        .containsExactly("rescued people 14 people");
    assertThatThrownBy(() -> LanguagePack.builder().resources(LanguagePackTest.class, "/no-such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no language files under resource folder '/no-such'");
    assertThatThrownBy(() -> LanguagePack.fromDirectory(dir.resolve("nope")))
        .hasMessageContaining("not a folder");
  }

  @Test
  void packsCombineAndARepeatedPackFails() {
    LanguagePack.Builder b = LanguagePack.builder().add(DAMAGE);
    assertThatThrownBy(() -> b.add(DAMAGE)).isInstanceOf(IllegalArgumentException.class);
    // The repeat failed on its first entry, so the builder still holds DAMAGE once.
    assertThat(b.build().predicates()).containsExactly("damaged", "deployed");
    assertThat(b.build().toString()).contains("6 forms", "3 nouns", "1 aliases");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
