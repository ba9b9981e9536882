package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.reconcile.Reconciler;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checkers of this JVM, one per {@link ClaimcheckSpark} configuration: built on first use in
 * an executor (or the driver, in local mode) and reused by every partition and task after it. A
 * checker is immutable and thread-safe, so the tasks running at once in one executor share it.
 */
final class Checkers {

  private static final Map<String, ClaimChecker> BY_CONFIGURATION = new ConcurrentHashMap<>();
  private static final Map<String, Reconciler> FAIL_FAST = new ConcurrentHashMap<>();

  private Checkers() {}

  /**
   * Returns the checker of a configuration, building it the first time this JVM asks.
   *
   * @param id the configuration's id, unique per {@link ClaimcheckSpark} instance
   * @param setup what the user adds to the built-in knowledge and rules
   * @param today the date the job fixed as today
   */
  static ClaimChecker get(String id, CheckerSetup setup, LocalDate today) {
    return BY_CONFIGURATION.computeIfAbsent(id, k -> build(setup, today));
  }

  /**
   * Returns the reconciler of a configuration's checker; when {@code failFast} is true, one that
   * fails on the first failing rule (built once too).
   */
  static Reconciler reconciler(String id, CheckerSetup setup, LocalDate today, boolean failFast) {
    Reconciler reconciler = get(id, setup, today).reconciler();
    if (!failFast || reconciler.rules().failFast()) {
      return reconciler;
    }
    return FAIL_FAST.computeIfAbsent(id,
        k -> Reconciler.of(reconciler.rules().withFailFast(true)));
  }

  private static ClaimChecker build(CheckerSetup setup, LocalDate today) {
    ClaimChecker.Builder b = setup.configure(ClaimChecker.builder().today(today));
    if (b == null) {
      throw new IllegalStateException("setup " + setup + " returned no builder");
    }
    return b.build();
  }
}
