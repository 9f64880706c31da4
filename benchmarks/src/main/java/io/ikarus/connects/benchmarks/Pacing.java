package io.ikarus.connects.benchmarks;

import io.ikarus.connects.event.ConnectorListener;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells load from code when a row misses its floor: counts the limiter's own waits (its pacing
 * decisions, with their total delay) and the vendor-announced ones, and the CPU time this JVM (the
 * client and the fake) used during the row next to the machine's load average.
 */
final class Pacing implements ConnectorListener {

  private final AtomicLong waits = new AtomicLong();
  private final AtomicLong waitedNanos = new AtomicLong();
  private final AtomicLong vendorWaits = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();
  private final AtomicLong answerNanos = new AtomicLong();
  private long cpuStart;
  private long wallStart;
  private double loadStart;

  @Override
  public void onRateLimited(RateLimitedEvent event) {
    if (event.byVendor()) {
      vendorWaits.incrementAndGet();
    } else {
      waits.incrementAndGet();
    }
    waitedNanos.addAndGet(event.delay().toNanos());
  }

  @Override
  public void onResponse(ResponseEvent event) {
    answers.incrementAndGet();
    answerNanos.addAndGet(event.duration().toNanos());
  }

  /** Marks the start of the measured work. */
  void start() {
    cpuStart = cpuNanos();
    wallStart = System.nanoTime();
    loadStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** What happened since {@link #start()}, for a row's note. */
  String summary() {
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double cpu = (cpuNanos() - cpuStart) / 1e9;
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(
        Locale.ROOT,
        "pacing: %d limiter waits totalling %.1f s, %d vendor-announced waits; mean time from send"
            + " to answer %d ms; this JVM used %.1f s CPU in %.1f s wall on %d cores; load"
            + " average %.1f -> %.1f",
        waits.get(),
        waitedNanos.get() / 1e9,
        vendorWaits.get(),
        answers.get() == 0 ? 0 : answerNanos.get() / answers.get() / 1_000_000,
        cpu,
        wall,
        Runtime.getRuntime().availableProcessors(),
        loadStart,
        load);
  }

  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
