package io.github.claimcheck.benchmarks;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.input.ArticleStream;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import java.io.Writer;
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
 * The whole check of a generated corpus on every core, with a 1 GB heap: the articles (generated
 * before the measurement and held in memory) go through the streaming check, extraction in
 * parallel, reconciliation on compact claims, and the JSON report is written as it goes to a
 * sink that only counts characters. After each iteration the peak heap is printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
// One operation takes minutes on 2 cores and warms the JIT within its first seconds.
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class CheckBenchmark extends HeapMeasured {

  /** How many articles one operation checks. */
  @Param({"100000"})
  public int articles;

  /** Extraction threads; 0 means one per available processor. */
  @Param({"0"})
  public int threads;

  private List<Article> corpus;
  private ClaimChecker checker;

  /** Generates the corpus and builds the checker. */
  @Setup
  public void setUp() {
    corpus = CorpusGenerator.standard().articles(articles);
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    checker = ClaimChecker.builder().today(LocalDate.of(2026, 11, 21)).parallelism(n).build();
  }

  /** Checks the corpus and writes its JSON report; returns the report's length in chars. */
  @Benchmark
  public long check() {
    CountingWriter out = new CountingWriter();
    checker.check(ArticleStream.of(corpus), ReportJson.writer(out));
    return out.count;
  }

  /** A writer that keeps nothing. */
  static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] cbuf, int off, int len) {
      count += len;
    }

    @Override
    public void write(String str, int off, int len) {
      count += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
