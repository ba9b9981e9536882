package io.github.claimcheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same input gives byte-identical JSON: on every run, in a fresh JVM, with any number of
 * extraction threads, and from one checker shared by eight threads.
 */
class DeterminismTest {

  private static final int THREADS = 8;

  @Test
  void theFixtureExercisesEveryVerdict() {
    Report report = ClaimChecker.builder().today(Fixtures.TODAY).build().check(Fixtures.corpus());
    assertThat(report.findings(Verdict.CONFLICT)).isNotEmpty();
    assertThat(report.findings(Verdict.AGREEMENT)).isNotEmpty();
    assertThat(report.findings()).extracting(f -> f.rule()).contains("weekday-mismatch");
  }

  @Test
  void theSameInputGivesByteIdenticalJsonOnEveryRunAndWithAnyParallelism() {
    String first = Fixtures.reportJson();
    for (int i = 0; i < 3; i++) {
      assertThat(Fixtures.reportJson()).isEqualTo(first);
    }
    for (int threads : new int[] {2, 4, THREADS}) {
      ClaimChecker parallel =
          ClaimChecker.builder().today(Fixtures.TODAY).parallelism(threads).build();
      assertThat(ReportJson.toJson(parallel.check(Fixtures.corpus()))).isEqualTo(first);
    }
  }

  @Test
  void aFreshJvmGivesTheSameBytes() throws Exception {
    // identity hash codes, and so the order of hash sets of enums or records without hashCode,
    // change from one JVM to the next: two child JVMs catch output that depends on them
    String expected = Fixtures.reportJson();
    for (int run = 0; run < 2; run++) {
      assertThat(childJvmOutput()).isEqualTo(expected);
    }
  }

  private static String childJvmOutput() throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp",
        System.getProperty("java.class.path"), Fixtures.class.getName());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void oneCheckerSharedByEightThreadsGivesTheReportsOfOneThread() throws Exception {
    ClaimChecker shared = ClaimChecker.builder().today(Fixtures.TODAY).build();
    List<List<Article>> sets = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      List<Article> set = Fixtures.variant(i);
      sets.add(set);
      expected.add(ReportJson.toJson(shared.check(set)));
    }
    assertThat(expected).doesNotHaveDuplicates();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        List<Article> set = sets.get(i);
        Callable<List<String>> task = () -> {
          start.await();
          List<String> reports = new ArrayList<>();
          for (int round = 0; round < 4; round++) {
            reports.add(ReportJson.toJson(shared.check(set)));
          }
          return reports;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (int i = 0; i < THREADS; i++) {
        assertThat(futures.get(i).get(5, TimeUnit.MINUTES))
            .as("thread %d", i)
            .containsOnly(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
