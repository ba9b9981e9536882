package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.reconcile.Reconciler;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What every executor needs to build the same checker: the user's setup, the date the job fixed
 * as today, and an id that names this configuration in each JVM's cache of checkers.
 */
final class Configuration implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final CheckerSetup setup;
  private final LocalDate today;

  Configuration(String id, CheckerSetup setup, LocalDate today) {
    this.id = id;
    this.setup = setup;
    this.today = today;
  }

  /** This JVM's checker for the configuration, built on first use. */
  ClaimChecker checker() {
    return Checkers.get(id, setup, today);
  }

  /**
   * This JVM's reconciler for the configuration: the checker's, made to fail fast on the first
   * failing rule when {@code failFast} is true.
   */
  Reconciler reconciler(boolean failFast) {
    return Checkers.reconciler(id, setup, today, failFast);
  }

  CheckerSetup setup() {
    return setup;
  }

  LocalDate today() {
    return today;
  }
}
