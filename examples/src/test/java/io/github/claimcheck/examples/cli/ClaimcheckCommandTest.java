package io.github.claimcheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command end to end on files written to a temporary folder. */
class ClaimcheckCommandTest {

  @TempDir Path dir;

  private static List<String> ids(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void checksTextJsonlAndFoldersAndReportsABrokenLineWithoutLosingTheOthers() throws IOException {
    Path txt = Files.writeString(dir.resolve("garut.txt"),
        "Banjir bandang di Garut menewaskan 120 orang, menurut polisi pada Kamis (2/10/2025).\n");
    Path jsonl = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\": \"b1\", \"text\": \"Korban meninggal banjir di Garut mencapai 131 orang.\", \"published\": \"2025-10-02\"}\n"
            + "{broken\n"
            + "{\"id\": \"b2\", \"text\": \"Sekitar 2.300 warga mengungsi.\", \"source\": \"Warta B\"}\n");
    Path folder = Files.createDirectory(dir.resolve("more"));
    Files.writeString(folder.resolve("c1.txt"), "Tidak ada angka di sini.");

    CliRun r = CliRun.of("--format", "json", "--today", "2026-01-01", txt.toString(), jsonl.toString(), folder.toString());

    assertThat(r.status()).isZero();
    JsonNode report = r.json();
    assertThat(report.get("schema").asText()).isEqualTo("claimcheck-report/1");
    assertThat(ids(report.get("articles"), "id")).containsExactly("garut", "b1", "b2", "c1");
    assertThat(report.get("problems")).hasSize(1);
    assertThat(report.get("problems").get(0).get("source").asText()).isEqualTo(jsonl + ":2");
    assertThat(r.err()).contains(jsonl + ":2").contains("not valid JSON");
    for (JsonNode claim : report.get("claims")) {
      assertThat(ids(report.get("articles"), "id")).contains(claim.get("article").asText());
    }
  }

  @Test
  void aPathThatDoesNotExistIsAUsageErrorWithNothingOnStandardOutput() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Banjir menewaskan 12 orang.");
    Path missing = dir.resolve("missing.txt");
    for (String format : new String[] {"json", "text"}) {
      CliRun r = CliRun.of("--format", format, good.toString(), missing.toString());
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("claimcheck: " + missing + ": no such file or folder\n");
    }
    CliRun scan = CliRun.of("scan", missing.toString());
    assertThat(scan.status()).isEqualTo(2);
    assertThat(scan.out()).isEmpty();
    assertThat(scan.err()).contains(missing + ": no such file or folder");
  }

  @Test
  void findingsReadInIndonesianOnRequestWhileTheJsonKeepsItsEnglishExplanations() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"),
        "Banjir bandang di Garut menewaskan 120 orang, menurut polisi pada Kamis (2/10/2025).\n");
    Path b = Files.writeString(dir.resolve("b.txt"),
        "Banjir bandang di Garut menewaskan 140 orang, kata BPBD pada Kamis (2/10/2025).\n");
    CliRun english = CliRun.of("--today", "2025-10-03", a.toString(), b.toString());
    CliRun indonesian = CliRun.of("--today", "2025-10-03", "--findings-in", "id", a.toString(), b.toString());
    assertThat(english.out()).contains("Sources disagree on people killed");
    assertThat(indonesian.status()).isZero();
    assertThat(indonesian.out()).contains("Sumber berbeda soal orang yang tewas")
        .contains("2 Okt 2025").doesNotContain("Sources disagree");
    assertThat(CliRun.of("--today", "2025-10-03", "--findings-in", "id", "--format", "markdown",
        a.toString(), b.toString()).out()).contains("Sumber berbeda soal");
    assertThat(CliRun.of("--today", "2025-10-03", "--findings-in", "id", "--format", "json",
        a.toString(), b.toString()).out()).contains("Sources disagree on people killed");

    CliRun wrong = CliRun.of("--findings-in", "fr", a.toString());
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).contains("--findings-in").contains("'fr'");
  }

  @Test
  void helpIsACommandAndTheVersionIsTheBuildsVersion() throws IOException {
    CliRun help = CliRun.of("help");
    assertThat(help.status()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).isEqualTo(CliRun.of("--help").out()).contains("Usage: claimcheck");
    CliRun scanHelp = CliRun.of("help", "scan");
    assertThat(scanHelp.status()).isZero();
    assertThat(scanHelp.out()).startsWith("Usage: claimcheck scan");

    CliRun version = CliRun.of("--version");
    assertThat(version.status()).isZero();
    String expected = readVersionFromPom();
    assertThat(expected).isNotBlank();
    assertThat(version.out()).isEqualTo("claimcheck " + expected + "\n");
  }

  /** The project version, read from this module's pom.xml (tests run in the module folder). */
  private static String readVersionFromPom() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
        .matcher(pom);
    return m.find() ? m.group(1) : "";
  }

  @Test
  void helpTextFitsEightyColumnsAndNeverBreaksAFileExtension() {
    for (String[] args : new String[][] {{"--help"}, {"help", "scan"}}) {
      String help = CliRun.of(args).out();
      assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
      assertThat(help).doesNotContainPattern("\\.\\s*\\n\\s*(txt|jsonl)\\b")
          .contains(".txt").contains(".jsonl");
    }
  }

  @Test
  void usageErrorsAreOneLineEachOnStandardError() {
    CliRun r = CliRun.of("--frmat", "json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("claimcheck: "));
    assertThat(r.err()).contains("--frmat").contains("--help");
  }

  @Test
  void runsTheDemoCorpusWithoutArguments() throws IOException {
    CliRun text = CliRun.of("--no-color");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("articles").contains("Claims by article");

    CliRun json = CliRun.of("--format", "json");
    assertThat(json.json().get("articles").size()).isGreaterThanOrEqualTo(5);
    assertThat(json.json().get("problems")).isEmpty();
  }

  @Test
  void writesMarkdown() {
    CliRun md = CliRun.of("--format", "markdown");
    assertThat(md.status()).isZero();
    assertThat(md.out()).startsWith("# claimcheck report").contains("## Claims by article");
  }

  @Test
  void rejectsAnUnknownFormatWithUsageStatus() {
    CliRun r = CliRun.of("--format", "xml");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--format");
  }

  @Test
  void helpDocumentsTheOptions() {
    CliRun r = CliRun.of("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--format").contains("PATH").contains("scan").contains("Exit status");
  }

  @Test
  void scanListsEveryDocumentEvenWithoutExpressions() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Tanpa angka.");
    CliRun r = CliRun.of("scan", "--format", "json", a.toString());
    assertThat(r.status()).isZero();
    JsonNode scan = r.json();
    assertThat(scan.get("schema").asText()).isEqualTo("claimcheck-scan/1");
    assertThat(ids(scan.get("documents"), "id")).containsExactly("a");
    assertThat(scan.get("documents").get(0).get("expressions")).isEmpty();
  }

  @Test
  void sourcePriorsMoveTheMostLikelyValueAndBadOnesAreUsageErrors() throws IOException {
    Path feed = Files.writeString(dir.resolve("slide.jsonl"),
        "{\"id\": \"a1\", \"text\": \"Longsor di Bukit Hijau menewaskan 40 orang, kata Kepala BPBD.\","
            + " \"source\": \"Harian A\", \"published\": \"2025-03-03\"}\n"
            + "{\"id\": \"b1\", \"text\": \"Longsor di Bukit Hijau menewaskan 35 orang, kata polisi.\","
            + " \"source\": \"Warta B\", \"published\": \"2025-03-03\"}\n");

    JsonNode plain = CliRun.of("--format", "json", "--today", "2026-01-01", feed.toString()).json();
    assertThat(plain.at("/findings/0/likely/value/low").asInt()).isEqualTo(40);

    CliRun distrust = CliRun.of("--format", "json", "--today", "2026-01-01",
        "--source-prior", "Kepala BPBD=0.05", "--source-prior", "Harian A=0.1", feed.toString());
    assertThat(distrust.status()).isZero();
    JsonNode report = distrust.json();
    assertThat(report.at("/findings/0/likely/value/low").asInt()).isEqualTo(35);
    assertThat(report.at("/findings/0/likely/reason").asText())
        .contains("Prior reliability given: Harian A 0.1 and Kepala BPBD 0.05.");
    assertThat(ids(report.get("sources"), "name"))
        .containsExactly("Harian A", "Kepala BPBD", "polisi", "Warta B");

    for (String[] bad : new String[][] {
        {"BNPB=1.5", "--source-prior BNPB=1.5: prior reliability of 'BNPB' must be strictly between 0 and 1"},
        {"BNPB", "--source-prior expects SOURCE=R, a name and a number (BNPB=0.95), not 'BNPB'"},
        {"BNPB=tinggi", "not 'BNPB=tinggi'"}}) {
      CliRun r = CliRun.of("--source-prior", bad[0], feed.toString());
      assertThat(r.status()).as(bad[0]).isEqualTo(2);
      assertThat(r.out()).as(bad[0]).isEmpty();
      assertThat(r.err()).as(bad[0]).contains(bad[1]);
    }
    CliRun twice = CliRun.of("--source-prior", "BNPB=0.9", "--source-prior", "bnpb=0.8", feed.toString());
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.err()).contains("--source-prior bnpb=0.8: 'bnpb' is given twice");
  }
}
