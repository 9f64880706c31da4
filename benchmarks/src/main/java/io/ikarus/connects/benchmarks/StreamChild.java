package io.ikarus.connects.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.salesforce.SalesforceConnector;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The child JVM of the stream scenario, started with a small heap: reads every Contact of a
 * FakeSalesforce and prints one {@code result rows=.. wallNanos=.. peakHeap=.. error=..} line.
 *
 * <p>{@code StreamChild sdk <url> <token>}: the SDK's {@code bulkStream}, counting rows as they
 * arrive. {@code StreamChild naive <url> <token>}: plain OkHttp over the REST query and its {@code
 * nextRecordsUrl} pages, collecting every row into a list first, as hand-written exports do.
 */
public final class StreamChild {

  static final String SOQL = "SELECT Id, Email, FirstName, LastName FROM Contact";

  /** Rows read so far, reported every second and even when the read dies. */
  private static volatile LongSupplier rowsRead = () -> 0;

  private StreamChild() {}

  /** Runs one mode; see the class description. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String mode = args[0];
    String url = args[1];
    String token = args[2];
    long rows = 0;
    String error = "none";
    long start = System.nanoTime();
    try (HeapSampler heap = HeapSampler.start()) {
      reportProgress(out);
      try {
        rows = mode.equals("sdk") ? sdk(url, token) : naive(url, token);
      } catch (OutOfMemoryError | RuntimeException e) {
        rows = rowsRead.getAsLong();
        error = e.getClass().getSimpleName();
      }
      long wall = System.nanoTime() - start;
      out.printf(
          Locale.ROOT,
          "result rows=%d wallNanos=%d peakHeap=%d error=%s%n",
          rows,
          wall,
          heap.peak(),
          error);
    }
    System.exit(0);
  }

  /**
   * Prints {@code progress rows=..} every second, so a parent that stops us knows how far we got.
   */
  private static void reportProgress(PrintStream out) {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
                out.println("progress rows=" + rowsRead.getAsLong());
              }
            },
            "progress");
    t.setDaemon(true);
    t.start();
  }

  private static long sdk(String url, String token) {
    try (SalesforceConnector crm =
        SalesforceConnector.builder()
            .auth(BearerTokenAuth.of(token))
            .options(ClientOptions.builder().baseUrl(URI.create(url)).build())
            .bulkPollInterval(Duration.ofMillis(100))
            .build()) {
      Query query = Query.of("Contact").fields("Id", "Email", "FirstName", "LastName");
      CountingSubscriber<CrmRecord> counter = new CountingSubscriber<>();
      rowsRead = counter::count;
      crm.bulkStream(query, 10_000).subscribe(counter);
      return counter.done().join();
    }
  }

  private static long naive(String url, String token) {
    List<JsonNode> all = new ArrayList<>();
    AtomicLong held = new AtomicLong();
    rowsRead = held::get;
    try (NaiveHttp http = new NaiveHttp(Duration.ofSeconds(1))) {
      HttpUrl next =
          HttpUrl.get(url + "/services/data/v66.0/query")
              .newBuilder()
              .addQueryParameter("q", SOQL)
              .build();
      while (next != null) {
        Request request =
            new Request.Builder().url(next).header("Authorization", "Bearer " + token).build();
        String body = http.send(request);
        JsonNode page = NaiveHttp.read(body);
        page.path("records").forEach(all::add);
        held.set(all.size());
        String more = page.path("nextRecordsUrl").asText(null);
        next = more == null ? null : HttpUrl.get(url + more);
      }
    }
    return all.size();
  }
}
