package io.github.claimcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.claimcheck.examples.malay.Malay;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --language-profile DIR}: a language read from a folder of data, with clear errors.
 * Profiles are registered JVM-wide, once per code, and {@code MalayProfileTest} registers {@code
 * ms} from the classpath; so the folder here is Malay under its ISO 639-3 code {@code zsm}, and the
 * article without a profile is in a language no test registers.
 */
class LanguageProfileCommandTest {

  @TempDir Path dir;

  /** Copies the Malay profile of this module into {@code <dir>/zsm}, as a user's folder would be. */
  private Path malayFolder() throws IOException, URISyntaxException {
    Path source = Path.of(Malay.class.getResource("ms/profile.tsv").toURI()).getParent();
    Path target = Files.createDirectories(dir.resolve("profiles").resolve("zsm"));
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, target.resolve(f.getFileName().toString()));
      }
    }
    return target;
  }

  private Path malayFeed() throws IOException {
    return feed("zsm");
  }

  private Path feed(String language) throws IOException {
    return Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"b1\",\"published\":\"2024-12-05\","
        + "\"language\":\"" + language + "\",\"text\":\"Seramai 2,400 mangsa banjir masih berlindung di 31 pusat"
        + " pemindahan sementara di Pahang.\"}\n");
  }

  @Test
  void aProfileFolderReadsArticlesInItsLanguage() throws Exception {
    CliRun r = CliRun.of("--format", "json", "--language-profile", malayFolder().toString(), malayFeed().toString());

    assertThat(r.status()).as(r.err()).isZero();
    JsonNode report = r.json();
    assertThat(report.get("articles").get(0).get("language").asText()).isEqualTo("zsm");
    JsonNode claim = report.get("claims").get(0);
    assertThat(claim.get("predicate").asText()).isEqualTo("evacuated");
    assertThat(claim.get("value").get("low").asInt()).isEqualTo(2400);
    assertThat(claim.get("unit").asText()).isEqualTo("people");
  }

  @Test
  void withoutTheProfileTheArticleIsAProblemNamingItsLine() throws Exception {
    Path feed = feed("xq");

    CliRun r = CliRun.of("--format", "json", feed.toString());

    assertThat(r.err()).contains(feed + ":1").contains("known language").contains("\"xq\"");
    assertThat(r.json().get("articles")).isEmpty();
  }

  @Test
  void aMissingFolderIsAUsageError() {
    Path missing = dir.resolve("profiles").resolve("xx");

    CliRun r = CliRun.of("--language-profile", missing.toString(), malayFeedUnchecked());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--language-profile " + missing + ": no such folder");
  }

  @Test
  void aFolderWithoutProfileTsvIsAUsageErrorNamingTheFile() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("profiles").resolve("xy"));

    CliRun r = CliRun.of("--language-profile", empty.toString(), malayFeedUnchecked());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("profile.tsv").contains("missing");
  }

  @Test
  void aFolderNotNamedByALanguageCodeIsAUsageError() throws IOException {
    Path odd = Files.createDirectories(dir.resolve("my profile!"));

    CliRun r = CliRun.of("--language-profile", odd.toString(), malayFeedUnchecked());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("the folder's name is the language code");
  }

  @Test
  void aMalformedSettingNamesFileAndLine() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("profiles").resolve("xz"));
    Files.writeString(bad.resolve("profile.tsv"), "# settings\nname\tTest\ndate_order\tydm\n");

    CliRun r = CliRun.of("--language-profile", bad.toString(), malayFeedUnchecked());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(bad.resolve("profile.tsv").toAbsolutePath() + ":3").contains("'ydm'");
  }

  private String malayFeedUnchecked() {
    try {
      return malayFeed().toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
