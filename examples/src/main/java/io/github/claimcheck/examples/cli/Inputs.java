package io.github.claimcheck.examples.cli;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/** The input paths shared by the commands: files, folders, or the demo corpus when none. */
final class Inputs {

  /** The exit status of a usage error: a bad option, or a PATH that does not exist. */
  static final int USAGE = 2;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      // One line each: picocli would wrap a long line after the dot of ".jsonl".
      description = {
        "A .txt file (one article; id = file name),",
        "  a .jsonl file (one JSON article per line: id,",
        "  text, and optionally source, url, published",
        "  YYYY-MM-DD, language id|en, story), or a",
        "  folder (its .txt and .jsonl files, sorted by",
        "  name). A PATH that does not exist is a usage",
        "  error. Without PATH, the built-in demo corpus",
        "  is read."
      })
  List<Path> paths = List.of();

  /**
   * Reads the paths (or the demo corpus) and prints each problem to the error stream; empty,
   * after naming the path on the error stream, when a path does not exist: a mistake in the
   * command line, for which nothing is checked and nothing is printed on standard output.
   */
  Optional<Corpus> read(PrintWriter err) {
    boolean missing = false;
    for (Path p : paths) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        error(err, p + ": no such file or folder");
        missing = true;
      }
    }
    if (missing) {
      return Optional.empty();
    }
    Corpus corpus = paths.isEmpty() ? DemoCorpus.load() : ArticleReader.standard().read(paths);
    for (Problem p : corpus.problems()) {
      error(err, p.source() + ": " + p.message());
    }
    return Optional.of(corpus);
  }

  /** The exit status once the output is written: 1 when no article could be read, else 0. */
  static int status(Corpus corpus, PrintWriter err) {
    if (corpus.articles().isEmpty()) {
      error(err, "no article could be read");
      return 1;
    }
    return 0;
  }

  /**
   * Prints one message to standard error as {@code claimcheck: message}. Every message the
   * commands write there goes through here: problems with the input, usage errors, files that
   * cannot be written.
   */
  static void error(PrintWriter err, String message) {
    err.println("claimcheck: " + message);
    err.flush();
  }
}
