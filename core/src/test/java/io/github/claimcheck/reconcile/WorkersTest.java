package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void aJobRunsOnADaemonThreadOfThePool() {
    Thread t = Workers.run(Thread::currentThread);
    assertThat(t).isNotSameAs(Thread.currentThread());
    assertThat(t.getName()).startsWith("claimcheck-reconcile-");
    assertThat(t.isDaemon()).isTrue();
  }

  @Test
  void aJobOfAJobRunsInPlace() {
    Thread[] inner = new Thread[1];
    Thread outer = Workers.run(() -> {
      inner[0] = Workers.run(Thread::currentThread);
      return Thread.currentThread();
    });
    assertThat(inner[0]).isSameAs(outer);
  }

  @Test
  void aFailureIsRethrownAsItIs() {
    IllegalStateException failure = new IllegalStateException("rule failed");
    assertThatThrownBy(() -> Workers.run(() -> {
      throw failure;
    })).isSameAs(failure);
  }
}
