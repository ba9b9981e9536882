package io.github.claimcheck.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are read, up to a size limit: named pipes are never opened, devices never
 * read, links inside folders never followed, and everything skipped is listed. No test here uses
 * a clock: a pipe that the reader wrongly opened would be fed an article, which the assertions
 * catch; one it rightly left alone is drained by the test so that no thread is left waiting.
 */
class SpecialFilesTest {

  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.standard();

  /** Makes a named pipe with the system's mkfifo. */
  private Path fifo(String name) throws IOException, InterruptedException {
    Path p = dir.resolve(name);
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assumeThat(mk.waitFor()).as("mkfifo available").isZero();
    return p;
  }

  /**
   * Starts a thread that writes an article into the pipe: it waits until someone opens the pipe
   * for reading. Returns a drain that opens it (when the reader did not) so the writer finishes.
   */
  private static Runnable feed(Path fifo) {
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "Banjir menewaskan 12 orang, kata polisi.\n");
      } catch (IOException e) {
        // the test ends either way
      }
    }, "fifo-writer");
    writer.setDaemon(true);
    writer.start();
    return () -> {
      try {
        Files.readAllBytes(fifo);
        writer.join();
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private static List<String> problems(Corpus c) {
    return c.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aNamedPipeGivenAsInputIsNeverOpened() throws Exception {
    Path pipe = fifo("feed.txt");
    Runnable drain = feed(pipe);

    Corpus c = reader.read(pipe);

    assertThat(c.articles()).isEmpty();
    assertThat(problems(c)).containsExactly(
        pipe + ": a named pipe (FIFO), not a regular file: skipped");
    drain.run();
  }

  @Test
  void insideAFolderPipesAndLinksAreListedAndTheRegularFilesRead() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("news"));
    Files.writeString(folder.resolve("a.txt"), "Gempa merusak 30 rumah.");
    Path pipe = Files.move(fifo("pipe.txt"), folder.resolve("pipe.txt"));
    Runnable drain = feed(pipe);
    Path target = Files.writeString(dir.resolve("outside.txt"), "Longsor menewaskan 4 orang.");
    Files.createSymbolicLink(folder.resolve("link.txt"), target);
    Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(folder.resolve("loop1.txt"), Path.of("loop2.txt"));
    Files.createSymbolicLink(folder.resolve("loop2.txt"), Path.of("loop1.txt"));
    Files.createSymbolicLink(folder.resolve("gone.txt"), Path.of("nowhere.txt"));
    Files.createDirectory(folder.resolve("sub"));

    Corpus c = reader.read(folder);

    assertThat(c.articles()).extracting(Article::id).containsExactly("a");
    String links = "): links inside a folder are not followed, skipped";
    assertThat(problems(c)).containsExactly(
        folder.resolve("gone.txt") + ": symbolic link (-> nowhere.txt" + links,
        folder.resolve("link.txt") + ": symbolic link (-> " + target + links,
        folder.resolve("loop1.txt") + ": symbolic link (-> loop2.txt" + links,
        folder.resolve("loop2.txt") + ": symbolic link (-> loop1.txt" + links,
        pipe + ": a named pipe (FIFO), not a regular file: skipped",
        folder.resolve("zero.txt") + ": symbolic link (-> /dev/zero" + links);
    drain.run();
  }

  @Test
  void aDeviceIsNeverReadNotEvenThroughALinkNamedLikeAnArticle() throws IOException {
    assumeThat(Files.exists(Path.of("/dev/zero"))).isTrue();
    Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));

    Corpus c = reader.read(List.of(Path.of("/dev/zero"), link));

    assertThat(c.articles()).isEmpty();
    assertThat(problems(c)).containsExactly(
        "/dev/zero: a character device, not a regular file: skipped",
        link + ": symbolic link to a character device (/dev/zero), not a regular file: skipped");
  }

  @Test
  void aLinkNamedOnTheCommandLineIsFollowedToARegularFileButNotRoundALoop() throws IOException {
    Path real = Files.writeString(dir.resolve("real.txt"), "Banjir menewaskan 12 orang.");
    Path link = Files.createSymbolicLink(dir.resolve("alias.txt"), real);
    Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), Path.of("loop.txt"));
    Path gone = Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("nowhere.txt"));

    Corpus c = reader.read(List.of(link, loop, gone));

    assertThat(c.articles()).extracting(Article::id).containsExactly("alias");
    assertThat(problems(c)).containsExactly(
        loop + ": symbolic link loop (-> loop.txt), skipped",
        gone + ": symbolic link to a missing file (nowhere.txt), skipped");
  }

  @Test
  void aFileOverTheSizeLimitIsSkippedAndSaysHowToRaiseIt() throws IOException {
    Path small = Files.writeString(dir.resolve("small.txt"), "x".repeat(100));
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(101));
    ArticleReader limited = reader.withMaxFileSize(100);

    Corpus c = limited.read(List.of(small, big));

    assertThat(limited.maxFileSize()).isEqualTo(100);
    assertThat(reader.maxFileSize()).isEqualTo(ArticleReader.DEFAULT_MAX_FILE_SIZE);
    assertThat(c.articles()).extracting(Article::id).containsExactly("small");
    assertThat(problems(c)).containsExactly(big + ": file of 101 bytes is larger than the limit"
        + " of 100 bytes, skipped (raise the limit with --max-file-size or"
        + " ArticleReader.withMaxFileSize)");
    assertThatThrownBy(() -> reader.withMaxFileSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 0");
  }

  @Test
  void theSameFileGivenTwiceByAnyNameIsReadOnce() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("news"));
    Path a = Files.writeString(folder.resolve("a.txt"), "Banjir menewaskan 12 orang.");
    Path b = Files.writeString(folder.resolve("b.jsonl"),
        "{\"id\": \"b1\", \"text\": \"Gempa merusak 30 rumah.\"}\n");
    Path other = folder.resolve("..").resolve("news").resolve("a.txt");

    Corpus c = reader.read(List.of(a, folder, a, other, folder));

    assertThat(c.articles()).extracting(Article::id).containsExactly("a", "b1");
    // the folder lists a.txt under the same name as the path given first
    assertThat(problems(c)).containsExactly(
        a + ": file given twice: read once",
        a + ": file given twice: read once",
        other + ": the same file as " + a + ", given twice: read once",
        folder + ": folder given twice: read once");
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyArticleOrAnEmptyFile() throws IOException {
    byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    Path txt = Files.write(dir.resolve("bom.txt"), bom);
    Path jsonl = Files.write(dir.resolve("bom.jsonl"), bom);

    Corpus c = reader.read(List.of(txt, jsonl));

    assertThat(c.articles()).extracting(Article::id, Article::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("bom", ""));
    assertThat(problems(c)).containsExactly(
        txt + ": empty article (no text)",
        jsonl + ": empty file (no JSON lines)");
  }

  @Test
  void aNulByteAnywhereMakesTheFileBinaryAndItsLineIsNamed() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("Banjir menewaskan ").append(i).append(" orang.\n");
    }
    byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'x';
    bytes[head.length + 1] = 0;
    bytes[head.length + 2] = '\n';
    Path f = Files.write(dir.resolve("late-nul.txt"), bytes);

    Corpus c = reader.read(f);

    assertThat(head.length).isGreaterThan(8192);
    assertThat(c.articles()).isEmpty();
    assertThat(problems(c)).containsExactly(
        f + ":5001: binary file (contains NUL bytes, the first at byte " + (head.length + 1)
            + "), skipped");
  }
}
