package io.github.claimcheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Claims' offsets come back as added, past every resize and beyond 4 GB of records in all. */
class OffsetsTest {

  /** Records of 1 to 3 MB: a block ends past 2 GB from its start, the whole past 4 GB. */
  private static long offset(int i) {
    return (long) i * 2_000_000 + (i % 3) * 1_000_000 + 7;
  }

  @Test
  void offsetsComeBackAsAddedPastResizesAndFourGigabytes() {
    Offsets offsets = new Offsets();
    int n = Offsets.BLOCK * 5 + 17;
    for (int i = 0; i < n; i++) {
      offsets.add(offset(i));
    }
    assertThat(offset(n - 1)).isGreaterThan(1L << 32);
    for (int i = 0; i < n; i++) {
      assertThat(offsets.get(i)).as("claim " + i).isEqualTo(offset(i));
    }
    offsets.trim();
    for (int i = 0; i < n; i++) {
      assertThat(offsets.get(i)).isEqualTo(offset(i));
    }
  }

  @Test
  void refusesABlockOfRecordsSpanningFourGigabytes() {
    Offsets offsets = new Offsets();
    offsets.add(10);
    offsets.add(10 + 0xFFFF_FFFFL);
    assertThatThrownBy(() -> offsets.add(10 + (1L << 32)))
        .isInstanceOf(IllegalStateException.class);
  }
}
