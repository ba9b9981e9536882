package io.github.claimcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on a mix of good and bad input: it keeps going, every article read is in the report,
 * every problem is listed with file and line (in the report and on standard error), and the exit
 * status is non-zero only when nothing could be read. Extends {@code ClaimcheckCommandTest}.
 */
class ClaimcheckCommandBadInputTest {

  @TempDir Path dir;

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  /** Writes one file of every kind of bad input next to two good ones; returns all the paths. */
  private List<String> mixedInputs() throws IOException {
    Path good = Files.writeString(dir.resolve("garut.txt"),
        "Banjir bandang di Garut menewaskan 120 orang, menurut polisi pada Kamis (2/10/2025).\n");
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\": \"b1\", \"text\": \"Korban banjir di Garut mencapai 131 orang, kata BPBD.\"}",
        "{not json",
        "{\"id\": \"b2\"}",
        "{\"id\": \"b3\", \"text\": 42}",
        "{\"id\": \"b1\", \"text\": \"Sebanyak 2.300 warga mengungsi.\"}",
        ""));
    byte[] latin1 = "Gempa merusak 30 rumah di Cianjur \u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
    Path badUtf8 = Files.write(dir.resolve("latin1.txt"), latin1);
    Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path locked = Files.writeString(dir.resolve("locked.txt"), "Sebanyak 5 orang tewas.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    return List.of(good.toString(), feed.toString(), badUtf8.toString(), binary.toString(),
        empty.toString(), locked.toString());
  }

  @Test
  void keepsEveryArticleReadAndListsEveryProblemWithFileAndLine() throws IOException {
    List<String> paths = mixedInputs();
    boolean lockedReadable = Files.isReadable(Path.of(paths.get(5))); // true when run as root
    List<String> args = new ArrayList<>(List.of("--format", "json", "--today", "2026-01-01"));
    args.addAll(paths);

    CliRun r = CliRun.of(args.toArray(String[]::new));

    assertThat(r.status()).isZero();
    JsonNode report = r.json();
    List<String> expectedIds = new ArrayList<>(List.of("garut", "b1", "b1~2", "latin1"));
    if (lockedReadable) {
      expectedIds.add("locked");
    }
    assertThat(texts(report.get("articles"), "id")).containsExactlyElementsOf(expectedIds);
    for (JsonNode claim : report.get("claims")) {
      assertThat(expectedIds).contains(claim.get("article").asText());
    }

    String feed = paths.get(1);
    List<String> expectedSources = new ArrayList<>(List.of(
        feed + ":2", feed + ":3", feed + ":4", feed + ":5",
        paths.get(2) + ":1", paths.get(3) + ":1", paths.get(4)));
    if (!lockedReadable) {
      expectedSources.add(paths.get(5));
    }
    JsonNode problems = report.get("problems");
    assertThat(texts(problems, "source")).containsExactlyElementsOf(expectedSources);
    for (JsonNode p : problems) {
      assertThat(r.err()).contains("claimcheck: " + p.get("source").asText() + ": "
          + p.get("message").asText());
    }
    assertThat(texts(problems, "message"))
        .anySatisfy(m -> assertThat(m).startsWith("not valid JSON"))
        .anySatisfy(m -> assertThat(m).contains("missing required field \"text\""))
        .anySatisfy(m -> assertThat(m).contains("\"text\" must be a string"))
        .anySatisfy(m -> assertThat(m).contains("duplicate article id \"b1\""))
        .anySatisfy(m -> assertThat(m).startsWith("invalid UTF-8"))
        .anySatisfy(m -> assertThat(m).startsWith("binary file"))
        .anySatisfy(m -> assertThat(m).contains("no .txt or .jsonl"));
  }

  @Test
  void theTextReportListsTheProblemsToo() throws IOException {
    List<String> paths = mixedInputs();
    List<String> args = new ArrayList<>(List.of("--no-color", "--today", "2026-01-01"));
    args.addAll(paths);
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Problems").contains(paths.get(1) + ":2").contains(paths.get(4));
  }

  @Test
  void exitsOneWhenNothingCouldBeReadButStillReportsEveryProblem() throws IOException {
    Path feed = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n[1]\n");
    Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {0, 1, 2});
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliRun r = CliRun.of("--format", "json", feed.toString(), binary.toString(), empty.toString());
    assertThat(r.status()).isEqualTo(1);
    JsonNode report = r.json();
    assertThat(report.get("articles")).isEmpty();
    assertThat(texts(report.get("problems"), "source")).containsExactly(
        feed + ":1", feed + ":2", binary + ":1", empty.toString());
    assertThat(r.err()).contains("no article could be read");
  }

  @Test
  void anEmptyArticleIsReadSoTheExitStatusIsZero() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n");
    CliRun r = CliRun.of("--format", "json", blank.toString());
    assertThat(r.status()).isZero();
    JsonNode report = r.json();
    assertThat(texts(report.get("articles"), "id")).containsExactly("blank");
    assertThat(texts(report.get("problems"), "message")).containsExactly("empty article (no text)");
  }

  @Test
  void theJsonReportIsByteIdenticalOnEveryRunWithAnyNumberOfThreads() throws IOException {
    List<String> paths = mixedInputs();
    List<String> outputs = new ArrayList<>();
    for (String threads : new String[] {"1", "1", "4", "8"}) {
      List<String> args = new ArrayList<>(
          List.of("--format", "json", "--today", "2026-01-01", "--threads", threads));
      args.addAll(paths);
      outputs.add(CliRun.of(args.toArray(String[]::new)).out());
    }
    outputs.add(CliRun.of("--format", "json", "--today", "2026-01-01").out());
    outputs.add(CliRun.of("--format", "json", "--today", "2026-01-01", "--threads", "3").out());
    assertThat(outputs.subList(0, 4)).containsOnly(outputs.get(0));
    assertThat(outputs.get(5)).isEqualTo(outputs.get(4));
  }

  @Test
  void aThreadCountOutOfRangeIsAUsageErrorNotAStackTrace() {
    for (String n : new String[] {"40000", "0", "-3", "257"}) {
      CliRun r = CliRun.of("--threads", n, "--format", "json");
      assertThat(r.status()).as(n).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("claimcheck: --threads must be between 1 and 256, not " + n)
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(CliRun.of("--threads", "256", "--format", "json").status()).isZero();
  }

  @Test
  void theFileSizeLimitIsAnOptionAndAFileOverItIsAProblem() throws IOException {
    Path small = Files.writeString(dir.resolve("small.txt"), "Banjir menewaskan 12 orang.");
    Path big = Files.writeString(dir.resolve("big.txt"), "Banjir. ".repeat(200));
    CliRun r = CliRun.of("--max-file-size", "1K", "--format", "json", small.toString(), big.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("claimcheck: " + big + ": file of 1600 bytes is larger than the"
        + " limit of 1024 bytes, skipped");
    CliRun bad = CliRun.of("--max-file-size", "lots", small.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).startsWith("claimcheck: --max-file-size must be a size");
  }

  @Test
  void aNamedPipeOnTheCommandLineIsReportedAndNeverRead() throws Exception {
    Path pipe = dir.resolve("pipe.jsonl");
    Process mk = new ProcessBuilder("mkfifo", pipe.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo available");
    // A writer that waits for a reader: if the command opened the pipe, it would read an article.
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(pipe, "{\"id\": \"fed\", \"text\": \"Banjir menewaskan 12 orang.\"}\n");
      } catch (IOException e) {
        // the test ends either way
      }
    });
    writer.setDaemon(true);
    writer.start();

    CliRun r = CliRun.of("--format", "json", pipe.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.json().get("articles")).isEmpty();
    assertThat(r.err()).contains("claimcheck: " + pipe + ": a named pipe (FIFO), not a regular"
        + " file: skipped");
    Files.readAllBytes(pipe); // lets the waiting writer finish
    writer.join();
  }
}
