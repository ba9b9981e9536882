package io.github.claimcheck.examples.cli;

import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * Reads and registers the {@code --language-profile} folders; call before reading articles,
   * which may name their languages.
   *
   * @return the problem with a folder, if any, naming it
   */
  Optional<String> readProfiles() {
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
    if (today != null) {
      b.today(today);
    }
    return b.build();
  }
}
