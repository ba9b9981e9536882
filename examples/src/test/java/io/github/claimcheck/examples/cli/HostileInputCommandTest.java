package io.github.claimcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.render.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18: terminal escapes in articles, ids, outlets and file names reach neither standard
 * output (in any format, with or without colour) nor standard error; problems found while
 * checking (a count "less than 0") are on standard error too.
 */
class HostileInputCommandTest {

  @TempDir Path dir;

  /** Fails on any control or bidi formatting character but a line feed. */
  private static void assertPrintable(String what, String output) {
    assertThat(output.chars().filter(c -> c != '\n' && SafeText.isUnsafe(c)).count())
        .as("unsafe characters in %s: %s", what, SafeText.clean(output)).isZero();
  }

  private Path feed() throws IOException {
    return Files.writeString(dir.resolve("feed\u001b[31m.jsonl"), String.join("\n",
        "{\"id\": \"a\\u001b[2J\", \"source\": \"Warta\\u001b]52;c;aGk=\\u0007\\nclaimcheck: ok\","
            + " \"text\": \"Banjir di Garut menewaskan 120 orang\\u009b31m, kata polisi.\"}",
        "{\"id\": \"b\", \"text\": \"Banjir di Garut menewaskan 131 orang, kata \\u202eDPBB\\u202c.\"}",
        "{\"id\": \"c\", \"text\": \"Banjir di Garut menewaskan kurang dari 0 orang\\u001b[8m.\"}",
        "{\"id\": \"d\\u001b[1m\", \"text\": 42}",
        ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html", "json"})
  void noFormatPrintsAControlCharacterFromTheInput(String format) throws IOException {
    CliRun r = CliRun.of("--format", format, "--no-color", "--today", "2026-01-01", feed().toString());

    assertThat(r.status()).isZero();
    assertPrintable(format, r.out());
    assertPrintable("standard error", r.err());
    assertThat(r.out()).contains("120").contains("131");
  }

  @Test
  void standardErrorListsTheReadingProblemAndTheFigureNotReadMadeSafe() throws IOException {
    CliRun r = CliRun.of("--format", "json", "--today", "2026-01-01", feed().toString());

    assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("claimcheck: "));
    assertThat(r.err()).contains("feed\u241b[31m.jsonl:4: ")
        .contains("claimcheck: c: \"kurang dari 0\"")
        .contains("a count cannot be less than 0");
    assertPrintable("standard error", r.err());
  }

  @Test
  void theTextReportShowsWhatWasThereWithoutObeyingIt() throws IOException {
    CliRun r = CliRun.of("--no-color", "--today", "2026-01-01", feed().toString());
    assertThat(r.out()).doesNotContain("\u001b")
        .contains("a\u241b[2J")
        .contains("Warta\u241b]52;c;aGk=\u2407 claimcheck: ok");
    assertThat(r.out().lines()).noneMatch(l -> l.startsWith("claimcheck:"));
  }

  @Test
  void scanPrintsNoControlCharacterFromTheInput() throws IOException {
    CliRun text = CliRun.of("scan", "--today", "2026-01-01", feed().toString());
    assertPrintable("scan", text.out());
    assertPrintable("scan errors", text.err());
    assertThat(text.out()).contains("a\u241b[2J (id");

    CliRun json = CliRun.of("scan", "--format", "json", "--today", "2026-01-01", feed().toString());
    assertPrintable("scan json", json.out());
  }

  @Test
  void usageErrorsAndFileNamesOnStandardErrorAreMadeSafe() {
    CliRun option = CliRun.of("--format", "\u001b[2Jhtml");
    assertThat(option.status()).isEqualTo(2);
    assertPrintable("usage error", option.err());
    assertThat(option.err()).contains("\u241b[2Jhtml");

    CliRun missing = CliRun.of("--today", "2026-01-01", dir.resolve("gone\u001b]0;pwned\u0007.txt").toString());
    assertThat(missing.status()).isEqualTo(2); // a path that does not exist is a usage error
    assertPrintable("missing file", missing.err());
    assertThat(missing.err()).contains("gone\u241b]0;pwned\u2407.txt");

    CliRun html = CliRun.of("--today", "2026-01-01", "--html",
        dir.resolve("no-such-dir").resolve("r\u001b[5m.html").toString());
    assertThat(html.status()).isEqualTo(1);
    assertPrintable("html error", html.err());
    assertThat(html.err()).contains("cannot write").contains("r\u241b[5m.html");
  }
}
