package io.github.claimcheck.examples.cli;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.reconcile.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands. */
final class CommonOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description =
          "Today's date, the upper bound when guessing the year of an undated article"
              + " (default: the system date). Fix it for reproducible output.")
  LocalDate today;

  int threads = Math.min(Runtime.getRuntime().availableProcessors(), ClaimChecker.MAX_PARALLELISM);

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for extraction, 1 to " + ClaimChecker.MAX_PARALLELISM
          + " (default: the number of processors).")
  void threads(int n) {
    if (n < 1 || n > ClaimChecker.MAX_PARALLELISM) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and "
          + ClaimChecker.MAX_PARALLELISM + ", not " + n);
    }
    threads = n;
  }

  @Option(
      names = "--language-profile",
      paramLabel = "DIR",
      description = "A language profile: a folder named by the language's code (ms/) with a"
          + " profile.tsv and word lists in the format of the built-in ones. Its articles are"
          + " read besides Indonesian and English ones. Repeatable.")
  List<Path> profileDirs = new ArrayList<>();

  private final List<LanguageProfile> profiles = new ArrayList<>();

  @Option(
      names = "--source-prior",
      paramLabel = "SOURCE=R",
      description = "Give an outlet or an original source a prior reliability R, strictly between"
          + " 0 and 1 (default 0.8), for the most likely values: --source-prior BNPB=0.95."
          + " Repeatable.")
  List<String> sourcePriors = new ArrayList<>();

  private RuleSet rules;

  /** Reads the {@code --source-prior} settings; returns the problem with one, naming it. */
  private Optional<String> readPriors() {
    Set<String> given = new HashSet<>();
    for (String setting : sourcePriors) {
      int eq = setting.lastIndexOf('=');
      String name = eq < 0 ? "" : setting.substring(0, eq).strip();
      double reliability;
      try {
        reliability = eq < 0 ? Double.NaN : Double.parseDouble(setting.substring(eq + 1).strip());
      } catch (NumberFormatException e) {
        reliability = Double.NaN;
      }
      if (name.isEmpty() || Double.isNaN(reliability)) {
        return Optional.of("--source-prior expects SOURCE=R, a name and a number (BNPB=0.95),"
            + " not '" + setting + "'");
      }
      if (!given.add(name.toLowerCase(Locale.ROOT))) {
        return Optional.of("--source-prior " + setting + ": '" + name + "' is given twice");
      }
      try {
        rules = (rules == null ? RuleSet.defaults() : rules).withSourcePrior(name, reliability);
      } catch (IllegalArgumentException e) {
        return Optional.of("--source-prior " + setting + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the {@code --source-prior} settings, then reads and registers the {@code
   * --language-profile} folders; call before reading articles, which may name their languages.
   *
   * @return the problem with a setting or a folder, if any, naming it
   */
  Optional<String> readProfiles() {
    Optional<String> badPrior = readPriors();
    if (badPrior.isPresent()) {
      return badPrior;
    }
    for (Path dir : profileDirs) {
      if (!Files.isDirectory(dir)) {
        return Optional.of("--language-profile " + dir + ": no such folder");
      }
      Path name = dir.toAbsolutePath().normalize().getFileName();
      Optional<Language> code = name == null ? Optional.empty() : Language.fromCode(name.toString());
      if (code.isEmpty()) {
        return Optional.of("--language-profile " + dir + ": the folder's name is the language code"
            + " (ms, de, pt-br), not '" + name + "'");
      }
      try {
        LanguageProfile p = LanguageProfile.fromDirectory(code.get(), dir);
        profiles.add(LanguageProfile.register(p));
      } catch (ClaimCheckException | IllegalStateException e) {
        return Optional.of("--language-profile " + dir + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  ClaimChecker checker() {
    ClaimChecker.Builder b = ClaimChecker.builder().parallelism(threads);
    profiles.forEach(b::language);
    if (rules != null) {
      b.ruleSet(rules);
    }
    if (today != null) {
      b.today(today);
    }
    return b.build();
  }
}
