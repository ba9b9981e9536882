package io.github.claimcheck.examples.cli;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.render.SafeText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The input paths shared by the commands: files, folders, or the demo corpus when none. */
final class Inputs {

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "A .txt file (one article; id = file name), a .jsonl file (one JSON article per line:"
              + " id, text, and optionally source, url, published YYYY-MM-DD, language id|en,"
              + " story), or a folder (its .txt and .jsonl files, sorted by name). Without PATH,"
              + " the built-in demo corpus is read.")
  List<Path> paths = List.of();

  /**
   * Reads the paths (or the demo corpus) and prints each problem to the error stream as
   * "claimcheck: file:line: message".
   */
  Corpus read(PrintWriter err) {
    Corpus corpus = paths.isEmpty() ? DemoCorpus.load() : ArticleReader.standard().read(paths);
    problems(corpus.problems(), err);
    return corpus;
  }

  /**
   * Prints problems to the error stream as "claimcheck: file:line: message", their text
   * {@linkplain SafeText#clean made safe} for a terminal.
   */
  static void problems(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      error(err, p.source() + ": " + p.message());
    }
    err.flush();
  }

  /** Prints "claimcheck: " and the message, made safe for a terminal, to the error stream. */
  static void error(PrintWriter err, String message) {
    err.println("claimcheck: " + SafeText.clean(message));
  }

  /** The exit status once the output is written: 1 when no article could be read, else 0. */
  static int status(Corpus corpus, PrintWriter err) {
    if (corpus.articles().isEmpty()) {
      error(err, "no article could be read");
      err.flush();
      return 1;
    }
    return 0;
  }
}
