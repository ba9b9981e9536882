package io.github.claimcheck.reconcile;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads a large reconcile call runs on: a fork-join pool of one thread per core (daemon
 * threads, made on first use). A call is handed to the pool whole, so its parallel parts ({@link
 * InOrder}) fork into this pool and every core works on them; on the common pool (one thread
 * fewer than the cores) the calling thread mostly waits, which on two cores leaves one.
 */
final class Workers {

  private Workers() {}

  /** The pool, made when first needed. */
  private static final class Pool {
    static final ForkJoinPool POOL = new ForkJoinPool(
        Runtime.getRuntime().availableProcessors(), Pool::thread, null, false);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private static ForkJoinWorkerThread thread(ForkJoinPool pool) {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      t.setName("claimcheck-reconcile-" + COUNT.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /** A job's result or its failure. */
  private record Outcome<T>(T value, RuntimeException failure) {}

  /**
   * Runs {@code job} on the pool and returns its result; its {@link RuntimeException} is
   * rethrown as it is, in the calling thread. From a thread of the pool, runs it in place.
   */
  static <T> T run(Supplier<T> job) {
    if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == Pool.POOL) {
      return job.get();
    }
    Outcome<T> o = Pool.POOL.submit(() -> {
      try {
        return new Outcome<>(job.get(), null);
      } catch (RuntimeException e) {
        return new Outcome<T>(null, e);
      }
    }).join();
    if (o.failure() != null) {
      throw o.failure();
    }
    return o.value();
  }
}
