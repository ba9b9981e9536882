package io.github.claimcheck.reconcile;

import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Verdict;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * The findings of a {@link ReconcileBatch}, kept as records of bytes (in a temporary file past a
 * few tens of megabytes) and read back in report order ({@link Reconciler#ordered}: sorted, each
 * reported once). They come in any order, each with the positions of the claims it cites and a
 * tag saying which rule's results it belongs to; an external merge sort puts them in order: runs
 * of at most {@link #RUN_BYTES} bytes of records are sorted on the heap and written, then merged
 * one record per run at a time. The heap then holds eight bytes per finding (where its record
 * is). Not thread-safe.
 */
final class FindingSpool implements Closeable {

  /** The most bytes of records sorted on the heap at once (their findings take a few times more). */
  static final int RUN_BYTES = 4 << 20;

  private final ClaimSpool spool;
  private final FindingCodec codec = new FindingCodec();
  private final int runBytes;
  /** Findings not yet in a run, in the order added. */
  private final List<Pending> pending = new ArrayList<>();
  private long pendingBytes;
  /** Where each run's records start, and how many each has. */
  private final List<long[]> runs = new ArrayList<>();
  /** Where the record of each finding is, in report order, once {@link #finish} ran. */
  private long[] sorted;
  private int size;

  /** A finding waiting for its run, and its record. */
  private record Pending(Finding finding, byte[] record) {}

  FindingSpool() {
    this(RUN_BYTES, ClaimSpool.MEMORY_LIMIT);
  }

  /** A spool sorting runs of {@code runBytes} and keeping {@code memoryLimit} bytes on the heap. */
  FindingSpool(int runBytes, int memoryLimit) {
    this.runBytes = runBytes;
    this.spool = new ClaimSpool(memoryLimit);
  }

  /** Adds a finding, the positions of the claims it cites and its tag. */
  void add(Finding f, int[] claims, int tag) {
    if (sorted != null) {
      throw new IllegalStateException("the findings were sorted already");
    }
    byte[] record = codec.encode(f, claims, tag);
    pending.add(new Pending(f, record));
    pendingBytes += record.length;
    if (pendingBytes >= runBytes) {
      spill();
    }
  }

  /** Sorts the pending findings (stable: equal ones stay in the order added) and writes a run. */
  private void spill() {
    if (pending.isEmpty()) {
      return;
    }
    pending.sort((a, b) -> Reconciler.ORDER.compare(a.finding(), b.finding()));
    long start = spool.size();
    for (Pending p : pending) {
      spool.append(p.record(), p.record().length);
    }
    runs.add(new long[] {start, pending.size()});
    pending.clear();
    pendingBytes = 0;
  }

  /**
   * Puts the findings in report order, leaving out those whose tag {@code dropped} accepts, and
   * each finding equal in rule, verdict, predicate, subject and cited claims to one before it
   * (the first added is kept).
   */
  void finish(IntPredicate dropped) {
    spill();
    sorted = new long[16];
    // Runs hold consecutive findings in the order added: on a tie the earlier run's comes first.
    PriorityQueue<Cursor> heads = new PriorityQueue<>((a, b) -> {
      int c = Reconciler.ORDER.compare(a.entry.finding(), b.entry.finding());
      return c != 0 ? c : Integer.compare(a.run, b.run);
    });
    for (int r = 0; r < runs.size(); r++) {
      Cursor c = new Cursor(r, runs.get(r)[0], runs.get(r)[1]);
      if (c.next()) {
        heads.add(c);
      }
    }
    Finding last = null;
    while (!heads.isEmpty()) {
      Cursor c = heads.poll();
      Finding f = c.entry.finding();
      if (!dropped.test(c.entry.tag()) && (last == null || Reconciler.ORDER.compare(last, f) != 0)) {
        if (size == sorted.length) {
          sorted = Arrays.copyOf(sorted, size * 2);
        }
        sorted[size++] = c.at;
        last = f;
      }
      if (c.next()) {
        heads.add(c);
      }
    }
    sorted = Arrays.copyOf(sorted, size);
  }

  /** Reads one run's records in order. */
  private final class Cursor {
    final int run;
    private long next;
    private long left;
    long at;
    FindingCodec.Entry entry;

    Cursor(int run, long start, long count) {
      this.run = run;
      this.next = start;
      this.left = count;
    }

    boolean next() {
      if (left == 0) {
        return false;
      }
      left--;
      at = next;
      entry = codec.read(spool, at);
      next = RecordWriter.next(spool, at);
      return true;
    }
  }

  /** The number of findings in report order. */
  int size() {
    return size;
  }

  /** The finding at {@code i} in report order. */
  Finding get(int i) {
    return codec.read(spool, sorted[i]).finding();
  }

  /** The verdict of the finding at {@code i} in report order. */
  Verdict verdict(int i) {
    return codec.verdict(spool, sorted[i]);
  }

  /** The positions of the claims the finding at {@code i} cites. */
  int[] claims(int i) {
    return codec.claims(spool, sorted[i]);
  }

  /** Puts {@code f} in place of the finding at {@code i}, with its claims. */
  void replace(int i, Finding f) {
    FindingCodec.Entry e = codec.read(spool, sorted[i]);
    sorted[i] = codec.write(spool, f, e.claims(), e.tag());
  }

  /** Where the findings are now, for {@link #restore}. */
  long[] places() {
    return sorted.clone();
  }

  /** Undoes the {@link #replace}s made since {@code places} was taken. */
  void restore(long[] places) {
    sorted = places;
  }

  /** Whether the records went to a temporary file. */
  boolean onDisk() {
    return spool.onDisk();
  }

  /** The number of runs sorted on the heap so far. */
  int runs() {
    return runs.size() + (pending.isEmpty() ? 0 : 1);
  }

  @Override
  public void close() {
    spool.close();
  }
}
