package io.github.claimcheck.reconcile;

import java.util.Arrays;

/**
 * Where each claim's record starts in a batch's spool, in four bytes a claim rather than eight:
 * records are appended in claim order, so each block of {@link #BLOCK} claims keeps its first
 * offset as a {@code long} and every claim its distance from it as an unsigned {@code int}. Ten
 * million claims cost 40 MB, not 80. Not thread-safe.
 */
final class Offsets {

  /** Claims per block: a block's records must fit in 4 GB (4 MB a record on average). */
  static final int BLOCK = 1024;

  private long[] base = new long[4];
  private int[] delta = new int[BLOCK];
  private int size;

  /**
   * Adds the offset of the next claim, at least the last one added.
   *
   * @throws IllegalStateException if the records of one block would span 4 GB or more
   */
  void add(long offset) {
    int block = size / BLOCK;
    if (size % BLOCK == 0) {
      if (block == base.length) {
        base = Arrays.copyOf(base, block * 2);
      }
      base[block] = offset;
    }
    long d = offset - base[block];
    if (d < 0 || d > 0xFFFF_FFFFL) {
      throw new IllegalStateException("claims of " + d + " bytes in a block of " + BLOCK);
    }
    if (size == delta.length) {
      // by half, not double: ten million claims leave less spare room and copy less at once
      delta = Arrays.copyOf(delta, size + (size >> 1));
    }
    delta[size++] = (int) d;
  }

  /** The offset of claim {@code i}. */
  long get(int i) {
    return base[i / BLOCK] + Integer.toUnsignedLong(delta[i]);
  }

  /** Lets go of the spare room: no offset is added after. */
  void trim() {
    delta = Arrays.copyOf(delta, size);
    base = Arrays.copyOf(base, (size + BLOCK - 1) / BLOCK);
  }
}
