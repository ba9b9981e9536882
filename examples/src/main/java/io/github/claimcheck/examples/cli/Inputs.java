package io.github.claimcheck.examples.cli;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Problem;
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

  Corpus read() {
    return paths.isEmpty() ? DemoCorpus.load() : ArticleReader.standard().read(paths);
  }

  /** Prints each problem to the error stream as "claimcheck: file:line: message". */
  static void warn(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println("claimcheck: " + p.source() + ": " + p.message());
    }
    err.flush();
  }
}
