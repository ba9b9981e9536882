package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be read, or only in part: what was read is kept, everything else becomes a
 * problem naming the file and, where there is one, the line. Extends {@code ArticleReaderTest}.
 */
class BadFilesTest {

  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.standard();

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void anUnreadableFileIsAProblemAndTheOthersAreStillRead() throws IOException {
    assumeTrue(posix(), "needs POSIX permissions");
    Path locked = Files.writeString(dir.resolve("locked.txt"), "Banjir menewaskan 12 orang.");
    Path open = Files.writeString(dir.resolve("open.txt"), "Gempa merusak 30 rumah.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      // root (as in some containers) reads any file: there is nothing to test then
      assumeFalse(Files.isReadable(locked), "the file is still readable (running as root?)");
      Corpus c = reader.read(List.of(locked, open));
      assertThat(c.articles()).extracting(Article::id).containsExactly("open");
      assertThat(c.problems()).singleElement().satisfies(p -> {
        assertThat(p.source()).isEqualTo(locked.toString());
        assertThat(p.message()).startsWith("cannot read file");
      });
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void anUnlistableFolderIsAProblem() throws IOException {
    assumeTrue(posix(), "needs POSIX permissions");
    Path folder = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(folder.resolve("a.txt"), "x");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(folder), "the folder is still readable (running as root?)");
      Corpus c = reader.read(folder);
      assertThat(c.articles()).isEmpty();
      assertThat(c.problems()).singleElement()
          .satisfies(p -> assertThat(p.message()).startsWith("cannot list folder"));
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void invalidUtf8InAJsonlFileNamesTheLineAndKeepsEveryArticle() throws IOException {
    byte[] good = "{\"id\": \"a1\", \"text\": \"Satu.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\": \"a2\", \"text\": \"Dua \u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] more = "{\"id\": \"a3\", \"text\": \"Tiga.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + bad.length + more.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(more, 0, all, good.length + bad.length, more.length);
    Path f = Files.write(dir.resolve("feed.jsonl"), all);
    Corpus c = reader.read(f);
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a2", "a3");
    assertThat(c.articles().get(1).text()).isEqualTo("Dua \uFFFD");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(f + ":2");
      assertThat(p.message()).startsWith("invalid UTF-8");
    });
  }

  @Test
  void aBinaryFileIsSkippedWhateverItsName() throws IOException {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[100] = 0;
    Path txt = Files.write(dir.resolve("photo.txt"), noise);
    Path jsonl = Files.write(dir.resolve("dump.jsonl"), noise);
    Corpus c = reader.read(List.of(txt, jsonl));
    assertThat(c.articles()).isEmpty();
    // named with the line of the first NUL byte: FILE:LINE
    assertThat(c.problems()).extracting(p -> p.source().replaceFirst(":[0-9]+$", ""))
        .containsExactly(txt.toString(), jsonl.toString());
    assertThat(c.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("binary file"));
  }

  @Test
  void badJsonlLinesAreEachReportedByLine() {
    Corpus c = reader.readJsonLines("feed.jsonl", String.join("\n",
        "{\"id\": \"a1\", \"text\": \"Satu.\"}",
        "{\"id\": \"a2\", \"text\": \"Dua.\"} {\"id\": \"a3\", \"text\": \"Tiga.\"}",
        "{\"id\": \"a4\", \"text\": \"Empat.\", \"text\": \"Lima.\"}",
        "{\"id\": \"a5\", \"text\": 5}",
        "{\"id\": \"a6\", \"text\": {\"body\": \"x\"}}",
        "{\"id\": \"a7\", \"text\": \"x\", \"source\": [\"A\"]}",
        "{\"id\": \"a8\", \"text\": \"x\", \"published\": 20251002}",
        "{\"id\": \"a9\", \"text\": \"x\", \"published\": \"2025-02-30\"}",
        "{\"id\": true, \"text\": \"x\"}",
        "{\"text\": \"no id\"}",
        "{\"id\": \"\", \"text\": \"x\"}",
        "{\"id\": \"a10\"",
        "null",
        "\"just a string\"",
        "[" .repeat(5000),
        "{\"id\": \"a11\", \"text\": \"Sebelas.\"}"));
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a11");
    assertThat(c.problems()).extracting(Problem::source)
        .containsExactly("feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5",
            "feed.jsonl:6", "feed.jsonl:7", "feed.jsonl:8", "feed.jsonl:9", "feed.jsonl:10",
            "feed.jsonl:11", "feed.jsonl:12", "feed.jsonl:13", "feed.jsonl:14", "feed.jsonl:15");
    assertThat(c.problems()).extracting(Problem::message).allSatisfy(m -> assertThat(m).isNotBlank());
    assertThat(c.problems().get(0).message()).startsWith("not valid JSON");
    assertThat(c.problems().get(1).message()).contains("text");
    assertThat(c.problems().get(2).message()).contains("\"text\" must be a string, not number");
    assertThat(c.problems().get(3).message()).contains("\"text\" must be a string, not object");
    assertThat(c.problems().get(4).message()).contains("\"source\" must be a string, not array");
    assertThat(c.problems().get(8).message()).contains("missing required field \"id\"");
  }

  @Test
  void aRepeatedIdAcrossFilesIsReportedAndNeverMerged() throws IOException {
    Path txt = Files.writeString(dir.resolve("a1.txt"), "Banjir menewaskan 12 orang.");
    Path jsonl = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\": \"a1~2\", \"text\": \"Dua.\"}\n{\"id\": \"a1\", \"text\": \"Tiga.\"}\n"
            + "{\"id\": \"a1\", \"text\": \"Empat.\"}\n");
    Corpus c = reader.read(List.of(txt, jsonl));
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a1~2", "a1~3", "a1~4");
    assertThat(c.articles()).extracting(Article::text)
        .containsExactly("Banjir menewaskan 12 orang.", "Dua.", "Tiga.", "Empat.");
    assertThat(c.problems()).extracting(Problem::source).containsExactly(jsonl + ":2", jsonl + ":3");
    assertThat(c.problems()).allSatisfy(p -> assertThat(p.message()).contains("duplicate article id \"a1\""));
  }

  @Test
  void anEmptyJsonlFileOrFolderIsAProblemNotAnError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n  \n");
    Path folder = Files.createDirectory(dir.resolve("nothing"));
    Files.writeString(folder.resolve("notes.md"), "not an article");
    Corpus c = reader.read(List.of(empty, folder, dir.resolve("gone")));
    assertThat(c.articles()).isEmpty();
    assertThat(c.problems()).extracting(Problem::source)
        .containsExactly(empty.toString(), folder.toString(), dir.resolve("gone").toString());
    assertThat(c.problems().get(0).message()).isEqualTo("empty file (no JSON lines)");
  }
}
