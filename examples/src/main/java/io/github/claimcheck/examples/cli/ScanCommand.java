package io.github.claimcheck.examples.cli;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.ArticleScan;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.json.ScanJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.parse.Expression;
import io.github.claimcheck.render.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck scan [PATH...]}: lists every number and date expression read. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every number and date expression found in the articles, claim or not, with its"
          + " normalised value and unit: quantities, ordinals, percentages, money, years and"
          + " dates.",
      ""
    })
final class ScanCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

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
    ClaimChecker checker = common.checker();
    List<ArticleScan> scans = new ArrayList<>();
    for (Article a : corpus.articles()) {
      scans.add(checker.scan(a));
    }
    if (format == Format.json) {
      out.print(ScanJson.toJson(scans, corpus.problems()));
    } else {
      for (ArticleScan s : scans) {
        out.println(SafeText.clean(s.info().id()) + " (" + s.info().language().code() + ", "
            + s.info().published().map(Object::toString).orElse("undated") + ")");
        if (s.expressions().isEmpty()) {
          out.println("  (no number or date expressions)");
        }
        for (Expression e : s.expressions()) {
          out.printf("  %-8s %5d-%-5d %-40s %s%s%n", e.type().jsonName(), e.span().start(),
              e.span().end(), '"' + SafeText.clean(e.text()) + '"',
              e.value().map(Object::toString).orElse("unresolved"),
              unit(e));
        }
      }
    }
    out.flush();
    return Inputs.status(corpus, err);
  }

  /** " USD (US$)": the normalised unit, then the unit as written when it differs; or nothing. */
  private static String unit(Expression e) {
    if (e.unit().isEmpty()) {
      return "";
    }
    String written = e.unit().get();
    String normalized = e.unitNormalized().orElse(written);
    return " " + SafeText.clean(normalized)
        + (normalized.equals(written) ? "" : " (" + SafeText.clean(written) + ")");
  }
}
