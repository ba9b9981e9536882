package io.github.claimcheck.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** A benchmark that prints its peak heap ({@link HeapPeak}) after each iteration. */
public abstract class HeapMeasured {

  /** Starts the heap measurement. */
  @Setup(Level.Iteration)
  public void resetHeap() {
    HeapPeak.reset();
  }

  /** Prints the peak heap of the iteration. */
  @TearDown(Level.Iteration)
  public void printHeap() {
    System.out.println(HeapPeak.line());
  }
}
