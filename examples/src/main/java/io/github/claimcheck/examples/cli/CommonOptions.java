package io.github.claimcheck.examples.cli;

import io.github.claimcheck.ClaimChecker;
import java.time.LocalDate;
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

  ClaimChecker checker() {
    ClaimChecker.Builder b = ClaimChecker.builder().parallelism(threads);
    if (today != null) {
      b.today(today);
    }
    return b.build();
  }
}
