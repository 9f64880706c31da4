package io.ikarus.connects.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The harness's settings, from {@code --name value} arguments.
 *
 * @param sizes the record counts pushed and synced ({@code --sizes 10000,100000})
 * @param latency the round-trip latency the fakes add ({@code --latency-ms 40})
 * @param baselineRecords the most records a naive baseline really sends; beyond, its figures are
 *     extrapolated and labelled so ({@code --baseline 400})
 * @param sleepOn429 the naive baseline's fixed sleep after a 429 ({@code --sleep-ms 1000})
 * @param hubSpotBurst HubSpot's burst limit per 10 s, the account tier ({@code --hubspot-burst
 *     190}: Professional and Enterprise)
 * @param streamRows the rows streamed from a bulk query ({@code --stream-rows 1000000})
 * @param streamHeap the child JVM's heap for the stream ({@code --stream-heap 256m})
 * @param streamLimit how long one stream child JVM may run before it is stopped and reported as
 *     stopped with the rows it had read ({@code --stream-limit-s 600})
 * @param scenarios which scenarios run ({@code --only
 *     hubspot,salesforce,sync,stream,hubspot-read,salesforce-read,monday,dynamics,pipedrive,
 *     sustained}; default all)
 * @param vendorDivisor divides the fixed sizes of the vendor rows (HubSpot and Salesforce read
 *     10,000, monday create 1,000 and 5,000, Dataverse create 2,000), for quick runs ({@code
 *     --vendor-divisor 1})
 * @param out where the Markdown table is written ({@code --out benchmarks/RESULTS.md})
 */
public record HarnessOptions(
    List<Long> sizes,
    Duration latency,
    long baselineRecords,
    Duration sleepOn429,
    int hubSpotBurst,
    long streamRows,
    String streamHeap,
    Duration streamLimit,
    Set<String> scenarios,
    Path out,
    long vendorDivisor) {

  /** Every scenario name. */
  public static final Set<String> ALL =
      Set.of(
          "hubspot",
          "salesforce",
          "sync",
          "stream",
          "hubspot-read",
          "salesforce-read",
          "monday",
          "dynamics",
          "pipedrive",
          "sustained");

  /** Parses {@code args}; unknown names are refused. */
  public static HarnessOptions parse(String... args) {
    List<Long> sizes = List.of(10_000L, 100_000L);
    long latencyMs = 40;
    long baseline = 400;
    long sleepMs = 1000;
    int burst = 190;
    long streamRows = 1_000_000;
    String streamHeap = "256m";
    long streamLimit = 600;
    Set<String> scenarios = ALL;
    Path out = Path.of("benchmarks", "RESULTS.md");
    long divisor = 1;
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + name);
      }
      String value = args[i + 1];
      switch (name) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(Long::valueOf).toList();
        case "--latency-ms" -> latencyMs = Long.parseLong(value);
        case "--baseline" -> baseline = Long.parseLong(value);
        case "--sleep-ms" -> sleepMs = Long.parseLong(value);
        case "--hubspot-burst" -> burst = Integer.parseInt(value);
        case "--stream-rows" -> streamRows = Long.parseLong(value);
        case "--stream-heap" -> streamHeap = value;
        case "--stream-limit-s" -> streamLimit = Long.parseLong(value);
        case "--only" -> scenarios = scenarios(value);
        case "--out" -> out = Path.of(value);
        case "--vendor-divisor" -> divisor = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new HarnessOptions(
        sizes,
        Duration.ofMillis(latencyMs),
        baseline,
        Duration.ofMillis(sleepMs),
        burst,
        streamRows,
        streamHeap,
        Duration.ofSeconds(streamLimit),
        scenarios,
        out,
        divisor);
  }

  private static Set<String> scenarios(String list) {
    Set<String> chosen = new LinkedHashSet<>(Arrays.asList(list.split(",")));
    for (String s : chosen) {
      if (!ALL.contains(s)) {
        throw new IllegalArgumentException("unknown scenario '" + s + "'; known: " + ALL);
      }
    }
    return chosen;
  }

  /** A vendor row's size: {@code full} divided by {@link #vendorDivisor}, at least 1. */
  public long vendorSize(long full) {
    return Math.max(1, full / vendorDivisor);
  }
}
