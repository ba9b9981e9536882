package io.github.claimcheck.benchmarks;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.parse.Expressions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The number and date scanners alone ({@link Expressions#of}) on every sentence of the corpus of
 * {@link ExtractionBenchmark}, split at full stops, timed by the thread's CPU time pass by pass
 * as {@link ExtractionCpu} times the whole extraction: the part of extraction that tokenises for
 * the scanners, without the claim reading around it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.claimcheck.benchmarks.ScanCpu 15
 * </pre>
 */
public final class ScanCpu {

  private ScanCpu() {}

  /**
   * Runs the passes and prints one line of figures.
   *
   * @param args the number of passes (default 15)
   */
  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    List<String> sentences = new ArrayList<>();
    List<Language> languages = new ArrayList<>();
    for (Article a : CorpusGenerator.standard().articlesOfSize(2_000_000)) {
      for (String s : a.text().split("(?<=\\.)\\s+")) {
        sentences.add(s);
        languages.add(a.language().orElse(Language.INDONESIAN));
      }
    }
    LocalDate reference = LocalDate.of(2026, 11, 21);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[passes];
    long found = 0;
    for (int p = 0; p < passes; p++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < sentences.size(); i++) {
        Expressions e = Expressions.of(sentences.get(i), languages.get(i), reference);
        found += e.dates().size() + e.numbers().size();
      }
      cpu[p] = mx.getCurrentThreadCpuTime() - t0;
    }
    long[] measured = Arrays.copyOfRange(cpu, passes / 3, passes);
    Arrays.sort(measured);
    System.out.printf(Locale.ROOT, "%d sentences, %d measured passes, CPU ms per pass: min %.1f,"
        + " median %.1f; %d expressions a pass%n", sentences.size(), measured.length,
        measured[0] / 1e6, measured[measured.length / 2] / 1e6, found / passes);
  }
}
