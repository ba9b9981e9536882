package io.github.claimcheck.benchmarks;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.reconcile.Reconciler;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciles the claims of {@link ClaimFactory} a few times in one JVM and prints, per run, the
 * wall time, the reconciling thread's CPU time (and that of every Java thread, the pool's workers
 * included: large groups are reconciled on several threads) and the collectors' time, with a hash of the
 * findings (rule, verdict, claims, explanation, likely value) so two builds can be compared. On a
 * shared machine the CPU time says more than JMH's wall time.
 *
 * <pre>{@code java -Xmx3g -cp benchmarks.jar io.github.claimcheck.benchmarks.ReconcileCpu 1000000 one 2}</pre>
 */
public final class ReconcileCpu {

  private ReconcileCpu() {}

  /**
   * Runs it.
   *
   * @param args claims, {@code one} or {@code many} groups, runs
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    boolean one = args[1].equals("one");
    int runs = Integer.parseInt(args[2]);
    ClaimFactory f = new ClaimFactory(n, one);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < runs; r++) {
      long gc0 = gcMillis();
      long cpu0 = mx.getCurrentThreadCpuTime();
      Map<Long, Long> all0 = threadCpu(mx);
      long alloc0 = allocated(mx);
      long wall0 = System.nanoTime();
      List<Finding> found = Reconciler.standard().reconcile(f.claims(), f.articles());
      long wall1 = System.nanoTime();
      long cpu1 = mx.getCurrentThreadCpuTime();
      Map<Long, Long> all1 = threadCpu(mx);
      long alloc1 = allocated(mx);
      long allCpu = 0;
      for (Map.Entry<Long, Long> e : all1.entrySet()) {
        allCpu += e.getValue() - all0.getOrDefault(e.getKey(), 0L);
      }
      long gc1 = gcMillis();
      long h = 17;
      for (Finding x : found) {
        h = h * 31 + (x.rule() + x.verdict() + x.claimIds() + x.explanation() + x.likely())
            .hashCode();
      }
      System.out.printf("run %d: wall %.2f s, thread cpu %.2f s (all threads %.2f s), gc %.2f s,"
          + " allocated %d MB, %d findings, hash %x%n", r, (wall1 - wall0) / 1e9,
          (cpu1 - cpu0) / 1e9, allCpu / 1e9, (gc1 - gc0) / 1e3, (alloc1 - alloc0) >> 20,
          found.size(), h);
    }
  }

  /** CPU time by thread id of the live threads (the pool's workers as well as this one). */
  private static Map<Long, Long> threadCpu(ThreadMXBean mx) {
    Map<Long, Long> out = new HashMap<>();
    for (long id : mx.getAllThreadIds()) {
      long t = mx.getThreadCpuTime(id);
      if (t >= 0) {
        out.put(id, t);
      }
    }
    return out;
  }

  /** Bytes allocated so far by the live threads (HotSpot's extension of the thread bean). */
  private static long allocated(ThreadMXBean mx) {
    if (!(mx instanceof com.sun.management.ThreadMXBean hs)) {
      return 0;
    }
    long sum = 0;
    for (long id : mx.getAllThreadIds()) {
      sum += Math.max(0, hs.getThreadAllocatedBytes(id));
    }
    return sum;
  }

  private static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, b.getCollectionTime());
    }
    return t;
  }
}
