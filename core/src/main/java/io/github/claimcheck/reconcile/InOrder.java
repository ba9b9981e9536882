package io.github.claimcheck.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;

/**
 * Runs a few independent tasks, on the current fork-join pool (else the common one) when asked,
 * and returns their results in task order, so what the caller builds from them never depends on
 * which thread finished first. A task's {@link RuntimeException} is rethrown as it is (not wrapped) in the
 * calling thread, the first in task order; an {@link Error} ends the call as it would in one
 * thread.
 */
final class InOrder {

  private InOrder() {}

  /** A task's result or its failure. */
  private record Outcome<T>(T value, RuntimeException failure) {}

  /**
   * Returns {@code task.apply(i)} for i in [0, n), in that order.
   *
   * @param parallel whether the tasks may run on several threads at once
   */
  static <T> List<T> run(int n, boolean parallel, IntFunction<T> task) {
    if (!parallel || n < 2) {
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(task.apply(i));
      }
      return out;
    }
    // Tasks 1.. are forked last first, so this thread takes them back from the top of its own
    // queue in task order when it gets to them, while idle threads steal from the other end.
    List<ForkJoinTask<Outcome<T>>> forked = new ArrayList<>(n - 1);
    for (int i = n - 1; i >= 1; i--) {
      int k = i;
      forked.add(ForkJoinTask.adapt(() -> attempt(task, k)).fork());
    }
    List<T> out = new ArrayList<>(n);
    RuntimeException failure = null;
    for (int i = 0; i < n; i++) {
      Outcome<T> o = i == 0 ? attempt(task, 0) : forked.get(n - 1 - i).join();
      if (o.failure() != null && failure == null) {
        failure = o.failure();
      }
      out.add(o.value());
    }
    if (failure != null) {
      throw failure;
    }
    return out;
  }

  private static <T> Outcome<T> attempt(IntFunction<T> task, int i) {
    try {
      return new Outcome<>(task.apply(i), null);
    } catch (RuntimeException e) {
      return new Outcome<>(null, e);
    }
  }
}
