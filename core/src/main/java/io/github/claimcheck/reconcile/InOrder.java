package io.github.claimcheck.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs a few independent tasks, on the common fork-join pool when asked, and returns their
 * results in task order, so what the caller builds from them never depends on which thread
 * finished first. A task's {@link RuntimeException} is rethrown as it is (not wrapped) in the
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
    List<Outcome<T>> outcomes = IntStream.range(0, n).parallel()
        .mapToObj(i -> attempt(task, i)).toList();
    List<T> out = new ArrayList<>(n);
    for (Outcome<T> o : outcomes) {
      if (o.failure() != null) {
        throw o.failure();
      }
      out.add(o.value());
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
