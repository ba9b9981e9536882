package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
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

  CheckerSetup setup() {
    return setup;
  }

  LocalDate today() {
    return today;
  }
}
