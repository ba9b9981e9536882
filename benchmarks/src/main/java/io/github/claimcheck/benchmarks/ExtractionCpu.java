package io.github.claimcheck.benchmarks;

import io.github.claimcheck.extract.Extractor;
import io.github.claimcheck.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Extraction over the corpus of {@link ExtractionBenchmark} timed by the reading thread's CPU
 * time, pass by pass: on a machine shared with other work, wall-clock throughput (JMH) moves by
 * tens of percent from run to run, the thread's CPU time much less. The first third of the
 * passes warm up; the rest give the minimum, first quartile and median, and MB/s from each, and
 * the bytes the thread allocated in the last pass (which, unlike time, does not depend on the
 * load).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.claimcheck.benchmarks.ExtractionCpu 24
 * </pre>
 */
public final class ExtractionCpu {

  private ExtractionCpu() {}

  /**
   * Runs the passes and prints one line of figures.
   *
   * @param args the number of passes (default 24)
   */
  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 24;
    List<Article> articles = CorpusGenerator.standard().articlesOfSize(2_000_000);
    long bytes = 0;
    for (Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) mx;
    long allocated = 0;
    LocalDate today = LocalDate.of(2026, 11, 21);
    long claims = 0;
    long[] cpu = new long[passes];
    for (int p = 0; p < passes; p++) {
      long t0 = mx.getCurrentThreadCpuTime();
      long a0 = allocations.getCurrentThreadAllocatedBytes();
      Extractor x = Extractor.standard();
      for (Article a : articles) {
        claims += x.analyse(a, today).claims().size();
      }
      cpu[p] = mx.getCurrentThreadCpuTime() - t0;
      allocated = allocations.getCurrentThreadAllocatedBytes() - a0;
    }
    long[] measured = Arrays.copyOfRange(cpu, passes / 3, passes);
    Arrays.sort(measured);
    double min = measured[0] / 1e6;
    double q1 = measured[measured.length / 4] / 1e6;
    double median = measured[measured.length / 2] / 1e6;
    System.out.printf(Locale.ROOT, "%d articles, %d bytes, %d measured passes, CPU ms per pass:"
        + " min %.0f, q1 %.0f, median %.0f; MB/s at min %.2f, at median %.2f; %d claims a pass;"
        + " %.1f MB allocated a pass%n",
        articles.size(), bytes, measured.length, min, q1, median, bytes / 1e3 / min,
        bytes / 1e3 / median, claims / passes, allocated / 1e6);
  }
}
