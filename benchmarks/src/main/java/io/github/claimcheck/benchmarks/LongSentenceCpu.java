package io.github.claimcheck.benchmarks;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One article of one long sentence (a unit repeated with no full stop), checked whole, at 10,000
 * chars and at twice, four and eight times that: the thread's CPU time, the best of three runs
 * at each length, and the ratio of each length to the one before (about 2 when the reading is
 * linear in the sentence's length, 4 when quadratic). The units are adversarial runs (hedges,
 * scale words, half dates) and clauses of news prose.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.claimcheck.benchmarks.LongSentenceCpu 10000
 * </pre>
 */
public final class LongSentenceCpu {

  private static final String[][] UNITS = {
    {"1", "id"}, {".", "id"}, {"1.", "id"}, {"1,", "en"}, {"sekitar ", "id"},
    {"lebih dari ", "id"}, {"more than about nearly ", "en"}, {"(1/1/", "id"}, {"ribuan ", "id"},
    {"12 orang ", "id"}, {"kata polisi ", "id"}, {"Senin, 2 ", "id"}, {"menurut ", "id"},
    {"-an ke-", "id"}, {"sebanyak 12 orang tewas dan 30 luka-luka, ", "id"},
    {"at least 12 people were killed and 30 injured, ", "en"},
    {"Polisi mengatakan 1.200 warga mengungsi pada Senin (2/3), ", "id"}
  };
  private static final int LENGTHS = 4;
  private static final int RUNS = 3;

  private LongSentenceCpu() {}

  /**
   * Prints one line per unit: CPU ms at each length, then the ratios.
   *
   * @param args the shortest length in chars (default 10,000)
   */
  public static void main(String[] args) {
    int shortest = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    ClaimChecker checker = ClaimChecker.builder().today(LocalDate.of(2026, 1, 1)).build();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String[] unit : UNITS) {
      Language language = Language.fromCode(unit[1]).orElseThrow();
      long[] ms = new long[LENGTHS];
      for (int k = 0; k < LENGTHS; k++) {
        Article article = Article.builder("a", repeat(unit[0], shortest << k)).language(language).build();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < RUNS; r++) {
          long t0 = mx.getCurrentThreadCpuTime();
          checker.check(List.of(article));
          best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
        }
        ms[k] = best / 1_000_000;
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-62s", "\"" + unit[0] + "\""));
      for (long m : ms) {
        line.append(String.format(Locale.ROOT, " %6d", m));
      }
      line.append(" ms, ratios");
      for (int k = 1; k < LENGTHS; k++) {
        line.append(String.format(Locale.ROOT, " %.1f", ms[k] / (double) Math.max(1, ms[k - 1])));
      }
      System.out.println(line);
    }
  }

  private static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }
}
