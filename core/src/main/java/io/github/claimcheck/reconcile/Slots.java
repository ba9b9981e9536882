package io.github.claimcheck.reconcile;

import java.util.function.IntUnaryOperator;

/**
 * Open-addressing indexes of numbered entries, for tables that hold millions of keys in arrays:
 * a slot holds an entry's number + 1, 0 when free, and probing is linear.
 */
final class Slots {

  private Slots() {}

  /**
   * A new index of {@code capacity} slots (a power of two) holding entries 0 to {@code count - 1},
   * each placed by {@code hash}.
   */
  static int[] of(int capacity, int count, IntUnaryOperator hash) {
    int[] slots = new int[capacity];
    int mask = capacity - 1;
    for (int k = 0; k < count; k++) {
      int t = hash.applyAsInt(k) & mask;
      while (slots[t] != 0) {
        t = (t + 1) & mask;
      }
      slots[t] = k + 1;
    }
    return slots;
  }
}
