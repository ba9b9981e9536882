package io.github.claimcheck.examples.cli;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.render.HtmlReport;
import io.github.claimcheck.render.MarkdownReport;
import io.github.claimcheck.render.TextReport;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck [--format text|json|markdown|html] [--html FILE] [PATH...]}: extracts the claims of every
 * article read and reports conflicts, agreements and explained differences.
 */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    subcommands = {ScanCommand.class, CommandLine.HelpCommand.class},
    description = {
      "Reads news articles (Indonesian and English), extracts typed claims about figures and"
          + " event dates, and reports where sources disagree (conflict), agree (agreement), or"
          + " differ for a stated reason (explained).",
      ""
    },
    footer = {
      "",
      "Exit status: 0 when at least one article was read; 1 when no article could be read or"
          + " the --html file could not be written; 2 for a usage error (an unknown option, a PATH"
          + " that does not exist). Problems with the input (bad JSONL lines, duplicate ids,"
          + " invalid UTF-8, unreadable files) are listed in the report and on standard error.",
      "",
      "Examples:",
      "  java -jar claimcheck.jar                       check the built-in demo corpus",
      "  java -jar claimcheck.jar --format json news/   check every article in news/",
      "  java -jar claimcheck.jar --format html > r.html  one-file HTML report",
      "  java -jar claimcheck.jar --html r.html news/   text report + r.html",
      "  java -jar claimcheck.jar scan article.txt      list every number and date read",
      "  java -jar claimcheck.jar help scan             help on a command"
    })
public final class ClaimcheckCommand implements Callable<Integer> {

  /** Report formats. */
  enum Format {
    text,
    json,
    markdown,
    html
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the report as a self-contained HTML page (charts included) to FILE.")
  Path htmlFile;

  @Option(
      names = "--no-color",
      description = "Never colour the text report (it is coloured only on a terminal, and never"
          + " when NO_COLOR is set).")
  boolean noColor;

  @Mixin CommonOptions common = new CommonOptions();

  @Mixin Inputs inputs = new Inputs();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> badProfile = common.readProfiles();
    if (badProfile.isPresent()) {
      Inputs.error(err, badProfile.get());
      return Inputs.USAGE;
    }
    Optional<Corpus> read = inputs.read(err);
    if (read.isEmpty()) {
      return Inputs.USAGE;
    }
    Corpus corpus = read.get();
    Report report = common.checker().check(corpus);
    switch (format) {
      case json:
        out.print(ReportJson.toJson(report));
        break;
      case markdown:
        out.print(MarkdownReport.render(report));
        break;
      case html:
        out.print(HtmlReport.render(report));
        break;
      default:
        boolean color = !noColor && isTerminal(System.console()) && System.getenv("NO_COLOR") == null;
        out.print((color ? TextReport.colored() : TextReport.plain()).render(report));
    }
    out.flush();
    // what the check met besides the reading problems printed already: figures not read, rules
    // that failed
    Inputs.problems(report.problems().subList(corpus.problems().size(),
        report.problems().size()), err);
    if (htmlFile != null) {
      try {
        Files.writeString(htmlFile, HtmlReport.render(report), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        Inputs.error(err, "cannot write " + htmlFile + ": " + e.getMessage());
        return 1;
      }
    }
    return Inputs.status(corpus, err);
  }

  /**
   * Whether standard output is an interactive terminal. Java 17 has a console only when both
   * standard input and output are terminals; from Java 22 a console always exists and says so
   * through {@code isTerminal()}, looked up reflectively to stay on the Java 17 API.
   */
  static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Runs the tool. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, false, StandardCharsets.UTF_8)));
  }

  /** Runs the tool with the given streams and returns the exit status (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ClaimcheckCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(LocalDate.class, LocalDate::parse);
    // Usage errors go through the one place that writes to standard error, like every message.
    cl.setParameterExceptionHandler((e, arguments) -> {
      Inputs.error(err, e.getMessage());
      Inputs.error(err, "try '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for the options");
      return Inputs.USAGE;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Inputs.error(err, "the check failed: " + e);
      return 1;
    });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
