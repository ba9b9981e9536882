package io.github.claimcheck.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (all of them unless JMH's usual arguments select some) and prints what
 * JMH's units do not say directly: extraction and baseline in MB/s of article text and their
 * ratio, reconciliation in claims/s with the growth from one size to the next, and the whole
 * check in articles/s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                # the full suite
 * java -jar benchmarks/target/benchmarks.jar Extraction     # one class, any JMH option works
 * java -jar benchmarks/target/benchmarks.jar Streaming      # not in the suite: named only
 * </pre>
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /**
   * Runs JMH with the given arguments and prints the summary.
   *
   * @param args JMH command-line arguments
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an argument is not a JMH option
   * @throws IOException if JMH cannot list the benchmarks
   */
  public static void main(String[] args)
      throws RunnerException, CommandLineOptionException, IOException {
    if (isListing(args)) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Options options = new CommandLineOptions(args);
    if (options.getIncludes().isEmpty()) {
      // the whole suite: the streaming benchmark (most of an hour) runs only when named
      options = new OptionsBuilder().parent(options).exclude("StreamingBenchmark").build();
    }
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println(summary(results));
  }

  private static boolean isListing(String[] args) {
    for (String a : args) {
      if (a.equals("-l") || a.equals("-lp") || a.equals("-h") || a.equals("-lprof")
          || a.equals("-lrf")) {
        return true;
      }
    }
    return false;
  }

  /** The summary lines for the results. */
  static String summary(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder("== claimcheck summary\n");
    Map<String, Double> mbPerS = new HashMap<>();
    Map<String, Map<Integer, Double>> reconcileMs = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (RunResult rr : results) {
      String name = rr.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      double score = rr.getPrimaryResult().getScore();
      if (name.contains("ExtractionBenchmark")) {
        long size = Long.parseLong(rr.getParams().getParam("corpusBytes"));
        long bytes = CorpusGenerator.utf8Bytes(CorpusGenerator.standard().articlesOfSize(size));
        double mb = score * bytes / 1e6;
        mbPerS.put(method, mb);
        lines.add(String.format(Locale.ROOT, "%-10s %8.2f MB/s on one thread (%d bytes per op)",
            method, mb, bytes));
      } else if (name.contains("ReconcileBenchmark")) {
        int n = Integer.parseInt(rr.getParams().getParam("claims"));
        String g = rr.getParams().getParam("groups");
        reconcileMs.computeIfAbsent(g, k -> new TreeMap<>()).put(n, score);
      } else if (name.contains("StreamingBenchmark")) {
        int n = Integer.parseInt(rr.getParams().getParam("articles"));
        lines.add(String.format(Locale.ROOT,
            "stream     %d articles from a JSONL file in %.2f s: %.0f articles/s on %d cores",
            n, score, n / score, Runtime.getRuntime().availableProcessors()));
      } else if (name.contains("CheckBenchmark")) {
        int n = Integer.parseInt(rr.getParams().getParam("articles"));
        long bytes = CorpusGenerator.utf8Bytes(CorpusGenerator.standard().articles(n));
        lines.add(String.format(Locale.ROOT,
            "check      %d articles (%.1f MB) in %.2f s: %.0f articles/s, %.2f MB/s on %d cores",
            n, bytes / 1e6, score, n / score, bytes / 1e6 / score,
            Runtime.getRuntime().availableProcessors()));
      }
    }
    out.append(String.join("\n", lines)).append('\n');
    if (mbPerS.containsKey("extract") && mbPerS.containsKey("baseline")) {
      out.append(String.format(Locale.ROOT, "extraction time / baseline time = %.2f%n",
          mbPerS.get("baseline") / mbPerS.get("extract")));
    }
    for (Map.Entry<String, Map<Integer, Double>> e : reconcileMs.entrySet()) {
      Integer previous = null;
      for (Map.Entry<Integer, Double> s : e.getValue().entrySet()) {
        int n = s.getKey();
        double ms = s.getValue();
        String growth = "";
        if (previous != null) {
          double before = e.getValue().get(previous);
          growth = String.format(Locale.ROOT, ", x%.1f the time for x%d the claims",
              ms / before, n / previous);
        }
        out.append(String.format(Locale.ROOT,
            "reconcile  %-4s group(s) %,9d claims: %9.1f ms, %,12.0f claims/s%s%n",
            e.getKey(), n, ms, n / (ms / 1000), growth));
        previous = n;
      }
    }
    return out.toString();
  }
}
