package io.github.claimcheck.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once since {@link #reset()}: the heap used just before each garbage
 * collection (when it is fullest) and now, whichever is largest. Benchmarks print it after each
 * iteration, as JMH reports time only.
 */
final class HeapPeak {

  private static final AtomicLong PEAK = new AtomicLong();
  private static final Set<String> HEAP_POOLS = new HashSet<>();


  static {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        HEAP_POOLS.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
              if (HEAP_POOLS.contains(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            PEAK.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
  }

  private HeapPeak() {}

  /** Starts measuring afresh, from the heap in use now. */
  static void reset() {
    PEAK.set(used());
  }

  /** The peak in bytes since {@link #reset()}. */
  static long peak() {
    return PEAK.accumulateAndGet(used(), Math::max);
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** "peak heap 612 MB of 1024 MB (-Xmx)". */
  static String line() {
    long max = Runtime.getRuntime().maxMemory();
    return String.format(Locale.ROOT, "peak heap %d MB of %d MB (-Xmx)", peak() >> 20, max >> 20);
  }
}
