package io.ikarus.connects.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire-efficiency harness: pushes, syncs and streams records through the SDK against the test
 * kit fakes (with injected latency and the vendors' real rate limits on) and, beside each, a naive
 * one-request-per-record client; prints a table and writes it to {@code benchmarks/RESULTS.md}.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.ikarus.connects.benchmarks.Harness \
 *     [--sizes 10000,100000] [--latency-ms 40] [--baseline 400] [--hubspot-burst 190] \
 *     [--stream-rows 1000000] [--only hubspot,salesforce,sync,stream,hubspot-read,
 *     salesforce-read,monday,dynamics,sustained] [--vendor-divisor 1] [--out benchmarks/RESULTS.md]
 * }</pre>
 */
public final class Harness {

  private Harness() {}

  /** Runs the scenarios chosen by {@code args} (see the class description). */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    HarnessOptions options = HarnessOptions.parse(args);
    String markdown = report(options, run(options, out));
    out.println(markdown);
    Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
    out.println("written to " + options.out());
  }

  /** Runs the chosen scenarios, printing each row to {@code log} as it completes. */
  public static List<ResultRow> run(HarnessOptions o, PrintStream log) {
    warmUp(o);
    Baselines baselines = new Baselines(o);
    List<ResultRow> rows = new ArrayList<>();
    for (long n : o.sizes()) {
      if (o.scenarios().contains("hubspot")) {
        rows.add(logged(log, HubSpotPush.run(o, n, baselines)));
      }
      if (o.scenarios().contains("salesforce")) {
        rows.add(logged(log, SalesforcePush.run(o, n, baselines)));
      }
      if (o.scenarios().contains("sync")) {
        rows.add(logged(log, SyncScenario.run(o, n, baselines)));
      }
    }
    if (o.scenarios().contains("stream")) {
      rows.add(logged(log, StreamScenario.run(o)));
    }
    if (o.scenarios().contains("hubspot-read")) {
      rows.add(logged(log, VendorReads.hubSpot(o, o.vendorSize(10_000))));
    }
    if (o.scenarios().contains("salesforce-read")) {
      rows.add(logged(log, VendorReads.salesforce(o, o.vendorSize(10_000))));
    }
    if (o.scenarios().contains("monday")) {
      rows.add(logged(log, MondayCreate.run(o, o.vendorSize(1_000))));
      rows.add(logged(log, MondayCreate.run(o, o.vendorSize(5_000))));
    }
    if (o.scenarios().contains("dynamics")) {
      rows.add(logged(log, DataverseCreate.run(o, o.vendorSize(2_000))));
      rows.add(logged(log, DataverseCreate.run(o, o.vendorSize(2_000), false)));
    }
    if (o.scenarios().contains("sustained")) {
      rows.add(logged(log, Sustained.hubSpot(o, (int) o.vendorSize(1_000))));
      rows.add(logged(log, Sustained.dataverse(o, (int) o.vendorSize(1_300))));
    }
    if (o.scenarios().contains("pipedrive")) {
      PipedriveScenario.run(o, Math.min(10_000, o.sizes().get(0)))
          .forEach(r -> rows.add(logged(log, r)));
    }
    return rows;
  }

  /** The Markdown report of {@code rows}: the settings, the table and the floors' notes. */
  public static String report(HarnessOptions o, List<ResultRow> rows) {
    return header(o) + Report.table(rows);
  }

  /**
   * Runs each in-process client once on a small task first, so that class loading and the JIT's
   * first compilations do not land in the first measured row.
   */
  private static void warmUp(HarnessOptions o) {
    long n = Math.min(3_000, o.sizes().get(0));
    long naive = Math.min(20, o.baselineRecords());
    if (o.scenarios().contains("hubspot")) {
      HubSpotPush.sdk(o, n);
      NaiveHubSpot.push(o, naive);
    }
    if (o.scenarios().contains("salesforce")) {
      SalesforcePush.sdk(o, n);
      NaiveSalesforce.push(o, naive);
    }
  }

  private static ResultRow logged(PrintStream log, ResultRow row) {
    log.println(Report.table(List.of(row)));
    return row;
  }

  private static String header(HarnessOptions o) {
    Runtime rt = Runtime.getRuntime();
    return "# Benchmark results\n\n"
        + "Run "
        + Instant.now()
        + " on Java "
        + Runtime.version()
        + ", "
        + rt.availableProcessors()
        + " cores, max heap "
        + Report.bytes(rt.maxMemory())
        + ". Latency injected by the fakes: "
        + o.latency().toMillis()
        + " ms per call; naive baseline: one call per record, fixed "
        + o.sleepOn429().toMillis()
        + " ms sleep on 429, at most "
        + o.baselineRecords()
        + " records really sent per row. Peak heap is sampled in the harness JVM, which also"
        + " hosts the fakes and their stored records. Each in-process client ran once on a small"
        + " task before the measured rows; the stream rows run in fresh child JVMs.\n\n";
  }
}
