package io.github.claimcheck.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds' extraction compared in one JVM: each jar is loaded by its own class loader, and
 * passes over the corpus of {@link ExtractionCpu} alternate between them (A then B, then B then
 * A), each timed by the thread's CPU time. On a machine shared with other work, separate runs of
 * {@link ExtractionCpu} move by 20 % from run to run; two passes run back to back see about the
 * same load, so their ratio moves much less, and a change of 2–3 % shows. The first third of the
 * passes warm up; the rest give each build's minimum, first quartile and median, and the median
 * and quartiles of B ÷ A over the pairs, with how many pairs B won.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.claimcheck.benchmarks.ExtractionPairs \
 *     main-benchmarks.jar benchmarks/target/benchmarks.jar 40
 * </pre>
 *
 * Run it a second time with the jars swapped: a build loaded first may be favoured.
 */
public final class ExtractionPairs {

  private ExtractionPairs() {}

  /** One build: its extractor factory, its analysing method and its corpus. */
  private record Build(Method standard, Method analyse, List<?> articles) {

    static Build load(String jar) throws ReflectiveOperationException, java.io.IOException {
      ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> generator = loader.loadClass(CorpusGenerator.class.getName());
      Object standard = generator.getMethod("standard").invoke(null);
      List<?> articles = (List<?>) generator.getMethod("articlesOfSize", long.class)
          .invoke(standard, 2_000_000L);
      Class<?> extractor = loader.loadClass("io.github.claimcheck.extract.Extractor");
      Class<?> article = loader.loadClass("io.github.claimcheck.model.Article");
      return new Build(extractor.getMethod("standard"),
          extractor.getMethod("analyse", article, LocalDate.class), articles);
    }

    /** One pass over the corpus with a new extractor; returns the thread CPU nanoseconds. */
    long pass(ThreadMXBean mx, LocalDate today) throws ReflectiveOperationException {
      long t0 = mx.getCurrentThreadCpuTime();
      Object x = standard.invoke(null);
      for (Object a : articles) {
        analyse.invoke(x, a, today);
      }
      return mx.getCurrentThreadCpuTime() - t0;
    }
  }

  /**
   * Runs the pairs of passes and prints three lines of figures.
   *
   * @param args jar A, jar B (each a benchmarks jar, with the library in it) and the number of
   *     pairs (default 40)
   * @throws Exception when a jar cannot be loaded or run
   */
  public static void main(String[] args) throws Exception {
    Build[] builds = {Build.load(args[0]), Build.load(args[1])};
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    LocalDate today = LocalDate.of(2026, 11, 21);
    long[][] cpu = new long[2][pairs];
    for (int p = 0; p < pairs; p++) {
      for (int k = 0; k < 2; k++) {
        int b = (p + k) % 2;
        cpu[b][p] = builds[b].pass(mx, today);
      }
    }
    int from = pairs / 3;
    double[] ratio = new double[pairs - from];
    int won = 0;
    for (int p = from; p < pairs; p++) {
      ratio[p - from] = (double) cpu[1][p] / cpu[0][p];
      won += cpu[1][p] < cpu[0][p] ? 1 : 0;
    }
    Arrays.sort(ratio);
    for (int b = 0; b < 2; b++) {
      long[] m = Arrays.copyOfRange(cpu[b], from, pairs);
      Arrays.sort(m);
      System.out.printf(Locale.ROOT, "%s: CPU ms per pass: min %.0f, q1 %.0f, median %.0f%n",
          b == 0 ? "A" : "B", m[0] / 1e6, m[m.length / 4] / 1e6, m[m.length / 2] / 1e6);
    }
    System.out.printf(Locale.ROOT,
        "B / A per pair: median %.3f, q1 %.3f, q3 %.3f; B faster in %d of %d pairs%n",
        ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[3 * ratio.length / 4], won,
        ratio.length);
  }
}
