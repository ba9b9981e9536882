package io.github.claimcheck.benchmarks;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import io.github.claimcheck.reconcile.ReconcileBatch;
import io.github.claimcheck.reconcile.Reconciler;
import io.github.claimcheck.reconcile.Reconciliation;
import java.util.EnumMap;
import java.util.Map;

/**
 * Streams the claims of {@link ClaimFactory} into a {@link ReconcileBatch} (none is kept as an
 * object), reconciles them and reads every finding back, as the streaming check does; prints the
 * counts, a hash of the findings (rule, verdict, claims, explanation, likely value) to compare
 * two builds, the time of each step and the peak heap. Meant to run with {@code -Xmx1g}:
 *
 * <pre>{@code java -Xmx1g -Xlog:gc:file=gc.log -cp benchmarks.jar io.github.claimcheck.benchmarks.BatchHeap 10000000 10}</pre>
 */
public final class BatchHeap {

  private BatchHeap() {}

  /**
   * Runs it.
   *
   * @param args the number of claims, and of claims to an article (2 when not given)
   */
  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    HeapPeak.reset();
    long t0 = System.nanoTime();
    try (ReconcileBatch batch = Reconciler.standard().batch()) {
      ClaimFactory.generate(count, false, perArticle, batch::add);
      long t1 = System.nanoTime();
      System.out.printf("added %,d claims of %,d articles in %.1f s; %s%n", batch.claimCount(),
          batch.articleCount(), (t1 - t0) / 1e9, HeapPeak.line());
      Reconciliation r = batch.reconcile();
      long t2 = System.nanoTime();
      Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
      long h = 17;
      for (Finding f : r.findings()) {
        verdicts.merge(f.verdict(), 1, Integer::sum);
        h = h * 31 + (f.rule() + f.verdict() + f.claimIds() + f.explanation() + f.likely())
            .hashCode();
      }
      long t3 = System.nanoTime();
      System.out.printf("reconciled in %.1f s, findings read back in %.1f s: %,d findings %s,"
          + " %d problems, %d sources, hash %x; %s%n", (t2 - t1) / 1e9, (t3 - t2) / 1e9,
          r.findings().size(), verdicts, r.problems().size(), r.sources().size(), h,
          HeapPeak.line());
    }
  }
}
