package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams generated Contacts from a FakeSalesforce bulk query in a child JVM with a small heap
 * ({@link StreamChild}), then reads them the naive way in another such JVM.
 */
final class StreamScenario {

  /** The SDK's bulk result page (Bulk API 2.0 {@code maxRecords}). */
  static final int PAGE = 10_000;

  private StreamScenario() {}

  static ResultRow run(HarnessOptions o) {
    long n = o.streamRows();
    try (FakeSalesforce sf = SalesforceFakes.start(o)) {
      sf.generateRows("Contact", n, Contacts::salesforceRow);
      String token = sf.issueAccessToken();
      Measurement sdk = child(o, sf, token, "sdk");
      sf.journal().clear();
      Measurement naive = child(o, sf, token, "naive");
      long callFloor = 2 + (n + PAGE - 1) / PAGE;
      Duration timeFloor = Floors.time(callFloor, 0, Duration.ZERO, 1, o.latency());
      String note =
          "create job + 1 poll + one results call per "
              + PAGE
              + " rows (the SDK's page; Salesforce allows bigger pages at the cost of memory),"
              + " read one after another; an access token is handed to the child (no auth call);"
              + " naive: REST query pages of 2,000 rows collected into a list, as exports are"
              + " often written";
      return new ResultRow(
          "Salesforce bulk query stream, -Xmx" + o.streamHeap(),
          n,
          callFloor,
          timeFloor,
          sdk,
          naive,
          note);
    }
  }

  private static Measurement child(HarnessOptions o, FakeSalesforce sf, String token, String mode) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx" + o.streamHeap(),
                "-cp",
                System.getProperty("java.class.path"),
                StreamChild.class.getName(),
                mode,
                sf.url(),
                token)
            .redirectErrorStream(true);
    try {
      Process process = builder.start();
      Map<String, String> result = read(process);
      process.waitFor();
      long rows = Long.parseLong(result.get("rows"));
      String error = result.get("error");
      return new Measurement(
          rows,
          sf.journal().count(),
          Journals.throttled(sf.journal()),
          Duration.ofNanos(Long.parseLong(result.get("wallNanos"))),
          Long.parseLong(result.get("peakHeap")),
          (error.equals("none") ? "" : "died of " + error + " after " + rows + " rows; ")
              + "calls: "
              + Journals.breakdown(sf.journal()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the stream child JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the stream child JVM ran", e);
    }
  }

  /** The child's {@code result k=v ...} line; fails with the child's last output otherwise. */
  private static Map<String, String> read(Process process) throws IOException {
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("result ")) {
          Map<String, String> fields = new HashMap<>();
          for (String pair : line.substring(7).split(" ")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
          return fields;
        }
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
      }
    }
    throw new IllegalStateException(
        "the stream child JVM printed no result:\n" + String.join("\n", tail));
  }
}
