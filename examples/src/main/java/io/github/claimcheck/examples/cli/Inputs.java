package io.github.claimcheck.examples.cli;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.render.SafeText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The input paths shared by the commands: files, folders, or the demo corpus when none. */
final class Inputs {

  /** The exit status of a usage error: a bad option, or a PATH that does not exist. */
  static final int USAGE = 2;

  private static final Pattern SIZE = Pattern.compile("([0-9]{1,19})\\s*([KkMmGg](?:i?B)?)?");

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

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private ArticleReader reader = ArticleReader.standard();

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description = "Skip, as a problem, any input file larger than SIZE: bytes, or a number with"
          + " K, M or G (default: 256M). Only regular files are read; pipes and devices never.")
  void maxFileSize(String size) {
    Matcher m = SIZE.matcher(size.strip());
    long bytes = -1;
    if (m.matches()) {
      int shift = m.group(2) == null ? 0 : 10 * ("KMG".indexOf(Character.toUpperCase(m.group(2).charAt(0))) + 1);
      try {
        bytes = Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
      } catch (ArithmeticException | NumberFormatException e) {
        bytes = -1;
      }
    }
    if (bytes < 1 || bytes > ArticleReader.MAX_FILE_SIZE_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be a size from 1 byte"
          + " to " + (ArticleReader.MAX_FILE_SIZE_LIMIT >> 20) + "M, such as 64M, not '" + size + "'");
    }
    reader = ArticleReader.standard().withMaxFileSize(bytes);
  }

  /**
   * Reads the paths (or the demo corpus) and prints each problem to the error stream; empty,
   * after naming the path on the error stream, when a path does not exist: a mistake in the
   * command line, for which nothing is checked and nothing is printed on standard output.
   */
  Optional<Corpus> read(PrintWriter err) {
    if (anyMissing(err)) {
      return Optional.empty();
    }
    Corpus corpus = paths.isEmpty() ? DemoCorpus.load() : reader.read(paths);
    problems(corpus.problems(), err);
    return Optional.of(corpus);
  }

  /**
   * Opens the paths (or the demo corpus) as a stream of articles, read as the check asks for
   * them; empty, after naming the path on the error stream, when a path does not exist.
   */
  Optional<ArticleStream> stream(PrintWriter err) {
    if (anyMissing(err)) {
      return Optional.empty();
    }
    return Optional.of(paths.isEmpty() ? ArticleStream.of(DemoCorpus.load()) : reader.stream(paths));
  }

  /** Names each path that does not exist on the error stream; whether there was one. */
  private boolean anyMissing(PrintWriter err) {
    boolean missing = false;
    for (Path p : paths) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        error(err, p + ": no such file or folder");
        missing = true;
      }
    }
    return missing;
  }

  /** The exit status once the output is written: 1 when no article could be read, else 0. */
  static int status(int articles, PrintWriter err) {
    if (articles == 0) {
      error(err, "no article could be read");
      return 1;
    }
    return 0;
  }

  /**
   * Prints problems to the error stream as "claimcheck: file:line: message", their text
   * {@linkplain SafeText#clean made safe} for a terminal.
   */
  static void problems(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      error(err, p.source() + ": " + p.message());
    }
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
   * Prints one message to standard error as {@code claimcheck: message}, {@linkplain
   * SafeText#clean made safe} for a terminal. Every message the commands write there goes through
   * here: problems with the input, usage errors, files that cannot be written.
   */
  static void error(PrintWriter err, String message) {
    err.println("claimcheck: " + SafeText.clean(message));
    err.flush();
  }
}
