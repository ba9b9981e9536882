package io.github.claimcheck.examples.cli;

import io.github.claimcheck.CheckResult;
import io.github.claimcheck.ReportListener;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Problem;
import io.github.claimcheck.render.HtmlReport;
import io.github.claimcheck.render.MarkdownReport;
import io.github.claimcheck.render.ReportDigest;
import io.github.claimcheck.render.TextReport;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  @Option(
      names = "--findings-in",
      paramLabel = "LANG",
      description = "Language of the findings' sentences in the text, Markdown and HTML reports:"
          + " en (default) or id (Indonesian). The JSON report keeps its English explanations.")
  String findingsIn = "en";

  @Mixin CommonOptions common = new CommonOptions();

  @Mixin Inputs inputs = new Inputs();

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line on standard error (it is shown only on a terminal, for runs"
          + " longer than two seconds).")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Locale.forLanguageTag(findingsIn.strip().toLowerCase(Locale.ROOT));
    if (!List.of("en", "id", "in").contains(locale.getLanguage())) {
      Inputs.error(err, "--findings-in: 'en' or 'id', not '" + findingsIn + "'");
      return Inputs.USAGE;
    }
    Optional<String> badProfile = common.readProfiles();
    if (badProfile.isPresent()) {
      Inputs.error(err, badProfile.get());
      return Inputs.USAGE;
    }
    Optional<ArticleStream> read = inputs.stream(err);
    if (read.isEmpty()) {
      return Inputs.USAGE;
    }
    // Every input is checked as a stream: articles are read, extracted and reported one at a
    // time; the JSON report is written as it goes, the others keep a bounded part of the check.
    ReportDigest digest = format == Format.json && htmlFile == null ? null : ReportDigest.standard();
    int[] articles = {0};
    try (ArticleStream in = read.get();
        Progress progress = new Progress(err, in, !quiet && Progress.stderrIsTerminal())) {
      List<ReportListener> listeners = new ArrayList<>();
      listeners.add(progress);
      if (format == Format.json) {
        listeners.add(ReportJson.writer(out));
      }
      if (digest != null) {
        listeners.add(digest);
      }
      listeners.add(new ReportListener() {
        @Override
        public void problem(Problem p) {
          progress.message(p.source() + ": " + p.message());
        }

        @Override
        public void finished(CheckResult result) {
          articles[0] = result.articleCount();
        }
      });
      common.checker().check(in, all(listeners));
    }
    switch (format) {
      case json:
        break;
      case markdown:
        out.print(MarkdownReport.render(digest.report(), locale));
        break;
      case html:
        out.print(HtmlReport.render(digest.report(), locale));
        break;
      default:
        boolean color = !noColor && isTerminal(System.console()) && System.getenv("NO_COLOR") == null;
        out.print((color ? TextReport.colored() : TextReport.plain()).findingsIn(locale)
            .render(digest.report()));
    }
    out.flush();
    if (htmlFile != null) {
      try {
        Files.writeString(htmlFile, HtmlReport.render(digest.report(), locale),
            StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        Inputs.error(err, "cannot write " + htmlFile + ": " + e.getMessage());
        return 1;
      }
    }
    return Inputs.status(articles[0], err);
  }

  /** One listener that gives every call to each of {@code listeners}, in order. */
  private static ReportListener all(List<ReportListener> listeners) {
    return new ReportListener() {
      @Override
      public void article(ArticleInfo info, List<Claim> claims, List<Problem> problems) {
        listeners.forEach(l -> l.article(info, claims, problems));
      }

      @Override
      public void problem(Problem problem) {
        listeners.forEach(l -> l.problem(problem));
      }

      @Override
      public void allArticlesRead() {
        listeners.forEach(ReportListener::allArticlesRead);
      }

      @Override
      public void finished(CheckResult result) {
        listeners.forEach(l -> l.finished(result));
      }
    };
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
