package io.ikarus.connects.benchmarks.jmh;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The exact figures behind {@link EngineBenchmark}'s inline pair: bytes allocated and CPU time per
 * call on this thread ({@code ThreadMXBean}), over {@value #CALLS} calls after a warm-up of as
 * many, for {@code transportInline} and {@code engineInline}; the engine's overhead is the
 * difference. Everything runs on one thread, so the byte counts are exact and the CPU times are
 * this thread's own, little disturbed by other load on the machine.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.ikarus.connects.benchmarks.jmh.EngineProbe [rounds]}; {@code -Dprobe.loop=engineInline} (or
 * {@code engine}) instead loops that benchmark until killed (for a profiler such as JFR's
 * allocation samples).
 */
public final class EngineProbe {

  private static final int CALLS = 100_000;

  private EngineProbe() {}

  /** Prints one line per round and pair. */
  public static void main(String[] args) {
    EngineBenchmark bench = new EngineBenchmark();
    bench.setUp();
    try {
      String loop = System.getProperty("probe.loop", "");
      if (!loop.isEmpty()) {
        boolean inline = loop.equals("engineInline");
        while (true) {
          Object sink = inline ? bench.engineInline() : bench.engine();
        }
      }
      int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
      ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
      run(bench::transportInline, mx);
      run(bench::engineInline, mx);
      for (int round = 1; round <= rounds; round++) {
        double[] transport = run(bench::transportInline, mx);
        double[] engine = run(bench::engineInline, mx);
        System.out.printf(
            Locale.ROOT,
            "round %d: transportInline %.0f B %.2f us | engineInline %.0f B %.2f us | overhead"
                + " %.0f B %.2f us%n",
            round,
            transport[0],
            transport[1],
            engine[0],
            engine[1],
            engine[0] - transport[0],
            engine[1] - transport[1]);
      }
    } finally {
      bench.tearDown();
    }
  }

  /** Bytes and CPU microseconds per call of {@code call} on this thread. */
  private static double[] run(Supplier<?> call, ThreadMXBean mx) {
    long thread = Thread.currentThread().getId();
    long bytes = mx.getThreadAllocatedBytes(thread);
    long cpu = mx.getCurrentThreadCpuTime();
    Object sink = null;
    for (int i = 0; i < CALLS; i++) {
      sink = call.get();
    }
    long cpuAfter = mx.getCurrentThreadCpuTime();
    long bytesAfter = mx.getThreadAllocatedBytes(thread);
    if (sink == null) {
      throw new IllegalStateException("no result");
    }
    return new double[] {(bytesAfter - bytes) / (double) CALLS, (cpuAfter - cpu) / 1000.0 / CALLS};
  }
}
