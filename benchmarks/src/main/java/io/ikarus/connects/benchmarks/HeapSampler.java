package io.ikarus.connects.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every 10 ms on a daemon thread and keeps the highest value: the peak heap
 * of a run. A sample misses spikes shorter than the period, so it is a slight under-estimate.
 */
public final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  private HeapSampler() {
    this.thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
  }

  /** Starts sampling after a garbage collection, so earlier garbage does not count. */
  public static HeapSampler start() {
    System.gc();
    HeapSampler sampler = new HeapSampler();
    sampler.thread.start();
    return sampler;
  }

  /** The highest used heap seen so far, in bytes. */
  public long peak() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    return peak.get();
  }

  private void sample() {
    while (running) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops sampling. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
