package io.github.claimcheck.benchmarks;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.json.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming check of a generated JSONL file on disk, on every core, with a 1 GB heap: the file
 * is read line by line, checked, and its JSON report written to a sink that only counts
 * characters. The file ({@code articles} generated articles, about 2.3 kB each) is written by
 * {@link CorpusGenerator#writeJsonLines} once into the folder {@code -p dir=...} (default: the
 * system's temporary folder) and kept for later runs; the corpus is never in memory. After each iteration the peak heap is printed. Not in the default
 * suite (1,000,000 articles take most of an hour on 2 cores): run it by name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StreamingBenchmark extends HeapMeasured {

  /** How many articles the file holds. */
  @Param({"1000000"})
  public int articles;

  /** The folder the file is kept in; empty for the system's temporary folder. */
  @Param({""})
  public String dir;

  private Path file;
  private ClaimChecker checker;

  /** Writes the file if it is not there yet and builds the checker. */
  @Setup
  public void setUp() throws IOException {
    Path folder = Path.of(dir.isEmpty() ? System.getProperty("java.io.tmpdir") : dir);
    file = folder.resolve("claimcheck-generated-" + articles + ".jsonl");
    if (!Files.exists(file)) {
      Path part = folder.resolve(file.getFileName() + ".part");
      CorpusGenerator.standard().writeJsonLines(part, 0, articles);
      Files.move(part, file);
    }
    checker = ClaimChecker.builder().today(LocalDate.of(2026, 11, 21))
        .parallelism(Runtime.getRuntime().availableProcessors()).build();
  }

  /** Streams the file through the check; returns the JSON report's length in chars. */
  @Benchmark
  public long stream() {
    CheckBenchmark.CountingWriter out = new CheckBenchmark.CountingWriter();
    try (ArticleStream in = ArticleReader.standard().stream(List.of(file))) {
      checker.check(in, ReportJson.writer(out));
    }
    return out.count;
  }
}
