package io.github.claimcheck.benchmarks;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.reconcile.Reconciler;
import java.util.List;
import java.util.Map;
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
 * Reconciliation of hand-built claims ({@link ClaimFactory}): all in one group (one story, one
 * subject, many sources) or spread over many small groups, at three sizes so growth shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
// A call on a million claims takes seconds: a warm-up of a few calls is what lets the JIT compile
// its loops (the first calls take twice as long), and five measured calls show the spread.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
public class ReconcileBenchmark {

  /**
   * How many claims one operation reconciles. 1,000,000 is left out of the default run (pass
   * {@code -p claims=10000,100000,1000000}): see docs/readme-issue9.md for why it does not fit the
   * ten-minute suite yet.
   */
  @Param({"10000", "100000"})
  public int claims;

  /** {@code one}: a single group; {@code many}: groups of about ten claims. */
  @Param({"one", "many"})
  public String groups;

  private List<Claim> claimList;
  private Map<String, ArticleInfo> infos;

  /** Builds the claims and their articles. */
  @Setup
  public void setUp() {
    ClaimFactory f = new ClaimFactory(claims, groups.equals("one"));
    claimList = f.claims();
    infos = f.articles();
  }

  /** {@code Reconciler.standard().reconcile(claims, articleInfos)}. */
  @Benchmark
  public Object reconcile() {
    return Reconciler.standard().reconcile(claimList, infos);
  }
}
