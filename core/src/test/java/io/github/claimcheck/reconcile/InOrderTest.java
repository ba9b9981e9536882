package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {

  @Test
  void resultsComeInTaskOrderOnSeveralThreadsOrOne() {
    for (boolean parallel : new boolean[] {true, false}) {
      List<Integer> out = InOrder.run(500, parallel, i -> i * i);
      assertThat(out).hasSize(500);
      for (int i = 0; i < 500; i++) {
        assertThat(out.get(i)).isEqualTo(i * i);
      }
    }
  }

  @Test
  void theFirstFailureInTaskOrderIsRethrownAsItIs() {
    IllegalStateException second = new IllegalStateException("task 7");
    IllegalArgumentException first = new IllegalArgumentException("task 3");
    for (boolean parallel : new boolean[] {true, false}) {
      assertThatThrownBy(() -> InOrder.run(100, parallel, i -> {
        if (i == 7) {
          throw second;
        }
        if (i == 3) {
          throw first;
        }
        return i;
      })).isSameAs(first);
    }
  }

  @Test
  void oneThreadStopsAtTheFailure() {
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(() -> InOrder.run(10, false, i -> {
      ran.incrementAndGet();
      if (i == 2) {
        throw new IllegalStateException("stop");
      }
      return i;
    })).hasMessage("stop");
    assertThat(ran).hasValue(3);
  }
}
