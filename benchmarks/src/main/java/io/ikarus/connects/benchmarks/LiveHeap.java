package io.ikarus.connects.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every 10 ms, the heap still in use after the last garbage collection (the sum of the
 * heap pools' collection usage): the live set of a run, without the garbage a used-heap sample also
 * counts. Its peak is what a run needs at the least.
 */
final class LiveHeap implements AutoCloseable {

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
          .toList();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread = new Thread(this::sample, "live-heap-sampler");
  private volatile boolean running = true;

  private LiveHeap() {
    thread.setDaemon(true);
  }

  static LiveHeap start() {
    LiveHeap h = new LiveHeap();
    h.thread.start();
    return h;
  }

  long peak() {
    peak.accumulateAndGet(now(), Math::max);
    return peak.get();
  }

  private long now() {
    return pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
  }

  private void sample() {
    while (running) {
      peak.accumulateAndGet(now(), Math::max);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
