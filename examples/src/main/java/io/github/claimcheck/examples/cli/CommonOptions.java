package io.github.claimcheck.examples.cli;

import io.github.claimcheck.ClaimChecker;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by the commands. */
final class CommonOptions {

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description =
          "Today's date, the upper bound when guessing the year of an undated article"
              + " (default: the system date). Fix it for reproducible output.")
  LocalDate today;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for extraction (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  ClaimChecker checker() {
    ClaimChecker.Builder b = ClaimChecker.builder().parallelism(Math.max(1, threads));
    if (today != null) {
      b.today(today);
    }
    return b.build();
  }
}
