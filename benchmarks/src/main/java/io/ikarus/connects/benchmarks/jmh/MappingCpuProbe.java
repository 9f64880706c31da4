package io.ikarus.connects.benchmarks.jmh;

import com.sun.management.ThreadMXBean;
import io.ikarus.connects.mapping.FieldMapping;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@link MappingBenchmark}'s mapping and records measured in CPU time of the mapping thread rather
 * than wall time, so that other work on a shared machine does not count: records per CPU-second is
 * records per second on one core. Also reports bytes allocated per record. Run after a warm-up, in
 * rounds, with the load average before and after each round:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.ikarus.connects.benchmarks.jmh.MappingCpuProbe \
 *     [records per round, default 2,000,000] [rounds, default 7] [rules]
 * }</pre>
 *
 * <p>With {@code rules}, it then maps each rule alone (and no rule at all) and prints CPU
 * nanoseconds per record of each, the fastest of three rounds: where the time of a record goes.
 *
 * <p>CPU time still rises somewhat under load (shared caches, frequency), so a loaded machine
 * understates the rate; it never overstates it.
 */
public final class MappingCpuProbe {

  private MappingCpuProbe() {}

  /** Warms up, then prints one line per round and the median. */
  public static void main(String[] args) throws IOException {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    FieldMapping mapping = SampleRecords.mapping();
    List<Map<String, Object>> leads = SampleRecords.leads(1024);
    long sink = run(mapping, leads, perRound * 2L);
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      String loadBefore = load();
      long bytes0 = mx.getCurrentThreadAllocatedBytes();
      long cpu0 = mx.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      sink += run(mapping, leads, perRound);
      long wall = System.nanoTime() - wall0;
      long cpu = mx.getCurrentThreadCpuTime() - cpu0;
      long bytes = mx.getCurrentThreadAllocatedBytes() - bytes0;
      rates[r] = perRound * 1e9 / cpu;
      System.out.printf(
          "round %d: %,.0f records per CPU-second, %,.0f records/s wall, %.0f B/record,"
              + " load %s -> %s%n",
          r + 1, rates[r], perRound * 1e9 / wall, (double) bytes / perRound, loadBefore, load());
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "median %,.0f records per CPU-second (min %,.0f, max %,.0f) over %d rounds of %,d (%d)%n",
        sorted[rounds / 2], sorted[0], sorted[rounds - 1], rounds, perRound, sink & 1);
    if (args.length > 2 && args[2].equals("rules")) {
      perRule(mx, leads);
    }
  }

  /** CPU nanoseconds per record of the empty mapping and of each rule alone, less the empty one. */
  private static void perRule(ThreadMXBean mx, List<Map<String, Object>> leads) {
    int count = 1_000_000;
    double empty = fastest(mx, SampleRecords.mappingOf(List.of()), leads, count);
    System.out.printf("no rule: %.1f ns per record%n", empty);
    double total = 0;
    for (SampleRecords.Rule rule : SampleRecords.rules()) {
      double ns = fastest(mx, SampleRecords.mappingOf(List.of(rule)), leads, count) - empty;
      total += ns;
      System.out.printf("%-18s %-16s %6.1f ns%n", rule.target(), rule.transform().name(), ns);
    }
    System.out.printf(
        "sum of rules %.1f ns, with the empty mapping %.1f ns%n", total, total + empty);
  }

  private static double fastest(
      ThreadMXBean mx, FieldMapping mapping, List<Map<String, Object>> leads, int count) {
    run(mapping, leads, count);
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      run(mapping, leads, count);
      best = Math.min(best, (double) (mx.getCurrentThreadCpuTime() - cpu0) / count);
    }
    return best;
  }

  private static long run(FieldMapping mapping, List<Map<String, Object>> leads, long count) {
    long sink = 0;
    int next = 0;
    for (long i = 0; i < count; i++) {
      next = (next + 1) & 1023;
      sink += mapping.apply(leads.get(next)).size();
    }
    return sink;
  }

  /** The 1-minute load average, or "?" where /proc is not available. */
  private static String load() throws IOException {
    Path p = Path.of("/proc/loadavg");
    return Files.exists(p) ? Files.readString(p).split(" ")[0] : "?";
  }
}
