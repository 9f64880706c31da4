package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.BatchResult;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.OutcomeUnknownException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.RecordedCall;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 8, bounded to ~20-30 s (load stops after 18 s): 64 threads read, create, update,
 * upsert and batch-create through a FakeSalesforce that injects 429 with {@code Retry-After}, 503,
 * connection resets after the request was processed, session expiry (401) and idle-connection
 * closes. Everything is asserted at the server: no duplicate record, no request inside an announced
 * window, one token request per expiry, and every record the server holds was reported written or
 * outcome-unknown, never failed.
 *
 * <p>"No request inside an announced window" counts arrivals at the server, where stamps come late
 * under load (the fake stamps a call once it has read the whole request, and on a loaded 2-core
 * machine that can be hundreds of milliseconds after the client wrote it). So instead of a time
 * grace the check is causal: a window can only be kept from the moment the client has read the 429
 * and paused (its vendor-pause event), and at that moment at most {@code maxConcurrent - 1} other
 * requests can be past the engine's pause check (a send holds a slot from that check until its
 * answer). Every later request must wait out the window, so at most {@code maxConcurrent - 1} calls
 * may arrive between the pause and the end of the server's window, however late their stamps are.
 * Earlier runs that broke this did so because the fake lost the 429 (an idle close cut its answer
 * short, or a 503 armed for the same call shadowed it), never the engine: the client then had no
 * window to keep ({@code IdleAwareSocketTest}).
 */
class SalesforceSoakTest {

  private static final int THREADS = 64;
  private static final int OPS_PER_THREAD = 40;
  private static final Duration WALL_CAP = Duration.ofSeconds(18);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  /** Salesforce's default concurrency: the connector's {@code maxConcurrent}. */
  private static final int MAX_CONCURRENT = 25;

  private static final String TOKEN_PATH = "/services/oauth2/token";

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final AtomicInteger limitedAtClient = new AtomicInteger();
  private final List<Instant> pausedAt = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> written = new ConcurrentHashMap<>();
  private final Set<String> unknown = ConcurrentHashMap.newKeySet();
  private final Map<String, CrmException> failedWrites = new ConcurrentHashMap<>();
  private final List<CrmException> failedOthers =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> injected = new ConcurrentHashMap<>();
  private SalesforceConnector crm;
  private final ConnectorListener sends =
      new ConnectorListener() {
        @Override
        public void onResponse(ResponseEvent event) {
          if (event.status() == 429) {
            limitedAtClient.incrementAndGet();
          }
        }

        @Override
        public void onRateLimited(RateLimitedEvent event) {
          if (event.byVendor()) {
            pausedAt.add(Instant.now());
          }
        }
      };

  @AfterEach
  void close() {
    if (crm != null) {
      crm.close();
    }
    sf.close();
  }

  @Test
  void sixtyFourThreadsThroughInjectedFaultsLoseNothingAndDuplicateNothing() throws Exception {
    sf.faults().idleTimeout(Duration.ofSeconds(2));
    crm =
        Fixtures.connector(
            sf,
            b ->
                b.options(
                    ClientOptions.builder()
                        .listener(sends)
                        .retry(
                            RetrySettings.builder()
                                .maxAttempts(8)
                                .baseDelay(Duration.ofMillis(5))
                                .maxDelay(Duration.ofMillis(100))
                                .maxRetryAfter(Duration.ofSeconds(2))
                                .build())
                        .build()));
    crm.authenticate().join();
    long start = System.nanoTime();

    AtomicBoolean loadDone = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    Future<Integer> chaos = pool.submit(() -> chaos(loadDone));
    List<Future<?>> workers = new ArrayList<>();
    long deadline = start + WALL_CAP.toNanos();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(pool.submit(() -> work(thread, deadline)));
    }
    for (Future<?> w : workers) {
      w.get(2, TimeUnit.MINUTES);
    }
    loadDone.set(true);
    int expiriesArmed = chaos.get(1, TimeUnit.MINUTES);
    // An expiry armed last fires on this call's first attempt, so every armed expiry has fired.
    crm.get("Contact", written.values().iterator().next()).join();
    sf.faults().clear();
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    pool.shutdownNow();

    List<RecordedCall> calls = sf.journal().calls();
    List<RecordedCall> data = calls.stream().filter(c -> !c.path().equals(TOKEN_PATH)).toList();
    long tokenRequests = calls.stream().filter(c -> c.path().equals(TOKEN_PATH)).count();
    long limited = data.stream().filter(c -> c.status() == 429).count();
    Map<String, Integer> held = heldContactsByName();
    long duplicates = held.values().stream().filter(n -> n > 1).count();
    int mostInsideAWindow = mostArrivalsInsideAWindow(data, List.copyOf(pausedAt));
    System.out.printf(
        "SOAK salesforce: wall %d ms, %d calls (%d data), injected %s, 429s answered %d (received"
            + " %d), most arrivals inside one Retry-After window %d (bound %d), token requests %d,"
            + " records held %d (duplicates %d), written %d, outcome-unknown %d, failed writes %d,"
            + " failed reads/updates %d%n",
        wall.toMillis(),
        calls.size(),
        data.size(),
        injected,
        limited,
        limitedAtClient.get(),
        mostInsideAWindow,
        MAX_CONCURRENT - 1,
        tokenRequests,
        held.size(),
        duplicates,
        written.size(),
        unknown.size(),
        failedWrites.size(),
        failedOthers.size());
    // 64 x 40 operations make ~2,600 calls plus retries on a quiet machine; a loaded one (CI, or
    // eight builds on two cores) reaches the wall cap first, so only a floor of real work is kept.
    assertThat(data.size()).as("calls made").isGreaterThan(300);
    assertThat(held.values()).as("duplicate records").allMatch(n -> n == 1);
    assertThat(limited).as("429s answered").isPositive();
    assertThat(limitedAtClient.get()).as("429s the client received").isEqualTo((int) limited);
    assertThat(pausedAt).as("vendor pauses").hasSize((int) limited);
    assertThat(mostInsideAWindow)
        .as("arrivals inside one Retry-After window (only requests already in flight)")
        .isLessThanOrEqualTo(MAX_CONCURRENT - 1);
    assertThat(tokenRequests).as("one token request per expiry").isEqualTo(1 + expiriesArmed);
    assertThat(held.keySet())
        .as("every record held was reported written or outcome-unknown")
        .allMatch(name -> written.containsKey(name) || unknown.contains(name));
    assertThat(failedWrites.keySet())
        .as("records held but reported failed")
        .doesNotContainAnyElementsOf(held.keySet());
    assertThat(written.keySet())
        .as("records reported written are held")
        .allMatch(held::containsKey);
    assertThat(expiriesArmed).isPositive();
  }

  /** One worker: a mix of every operation on its own records until done or the deadline. */
  private void work(int thread, long deadline) {
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < OPS_PER_THREAD && System.nanoTime() < deadline; i++) {
      String name = "soak-" + thread + "-" + i;
      switch (i % 5) {
        case 0 -> create(name, mine);
        case 1 -> other(() -> crm.get("Contact", pick(mine)).join(), mine);
        case 2 ->
            other(() -> crm.update("Contact", pick(mine), Map.of("Title", name)).join(), mine);
        case 3 ->
            write(
                name,
                () ->
                    crm.upsert(
                            "Contact",
                            "External_Id__c",
                            Map.of("External_Id__c", name, "LastName", name))
                        .join(),
                mine);
        default -> batch(name, mine);
      }
    }
  }

  private void create(String name, List<String> mine) {
    write(name, () -> crm.create("Contact", Map.of("LastName", name)).join(), mine);
  }

  private void write(String name, java.util.function.Supplier<CrmRecord> call, List<String> mine) {
    try {
      CrmRecord r = call.get();
      written.put(name, r.id());
      mine.add(r.id());
    } catch (CompletionException e) {
      if (e.getCause() instanceof OutcomeUnknownException) {
        unknown.add(name);
      } else {
        failedWrites.put(name, (CrmException) e.getCause());
      }
    }
  }

  private void batch(String name, List<String> mine) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      rows.add(Map.of("LastName", name + "-" + k));
    }
    BatchResult result = crm.createAll("Contact", rows).join();
    for (RecordResult r : result.results()) {
      String n = name + "-" + r.index();
      if (r.isSuccess()) {
        written.put(n, r.id());
        mine.add(r.id());
      } else if (r.isOutcomeUnknown()) {
        unknown.add(n);
      } else {
        failedWrites.put(n, r.error());
      }
    }
  }

  private void other(Runnable call, List<String> mine) {
    if (mine.isEmpty()) {
      return;
    }
    try {
      call.run();
    } catch (CompletionException e) {
      failedOthers.add((CrmException) e.getCause());
    }
  }

  private static String pick(List<String> mine) {
    return mine.get(mine.size() - 1);
  }

  /**
   * Injects faults in proportion to the traffic the server has seen: per 10 calls a 503, per 20 a
   * reset after processing, per 50 an idle close, per 400 a 429 with Retry-After and per 600 a
   * session expiry. Returns the number of expiries armed.
   */
  private int chaos(AtomicBoolean done) throws InterruptedException {
    // One fault per call: the fake applies every armed rule that matches a call, so a 429 armed
    // with a 503 pending was answered 503 and a 429 armed with a reset was never delivered, though
    // the journal said 429 (the "requests inside the window" of earlier runs). The first rule to
    // test a call claims it; later rules wait for the next call.
    Set<RecordedCall> claimed =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Predicate<RecordedCall> data = c -> !c.path().equals(TOKEN_PATH) && claimed.add(c);
    int expiries = 0;
    int step = 0;
    while (!done.get()) {
      Thread.sleep(5);
      while (!done.get() && sf.journal().count() >= (step + 1) * 10) {
        step++;
        sf.faults().respondNext(1, data, 503, null, Map.of());
        count("503");
        if (step % 2 == 0) {
          sf.faults().dropConnectionNext(1, data);
          count("reset");
        }
        if (step % 5 == 0) {
          sf.faults().closeIdleConnections();
          count("idleClose");
        }
        if (step % 40 == 15) {
          sf.faults()
              .respondNext(1, data, 429, null, Map.of("Retry-After", "" + RETRY_AFTER.toSeconds()));
          count("429");
        }
        if (step % 60 == 25) {
          sf.faults().expireTokensAfter(0);
          count("expiry");
          expiries++;
        }
      }
    }
    return expiries;
  }

  private void count(String fault) {
    injected.computeIfAbsent(fault, k -> new AtomicInteger()).incrementAndGet();
  }

  /**
   * The most data calls that arrived after the client paused for a 429 and before the server's
   * window for it ended; the n-th 429 answered goes with the n-th pause (they are seconds apart).
   */
  private static int mostArrivalsInsideAWindow(List<RecordedCall> data, List<Instant> pauses) {
    List<RecordedCall> limited = data.stream().filter(c -> c.status() == 429).toList();
    int most = 0;
    for (int i = 0; i < limited.size() && i < pauses.size(); i++) {
      Instant start = pauses.get(i);
      Instant end = limited.get(i).receivedAt().plus(RETRY_AFTER);
      int inside =
          (int)
              data.stream()
                  .filter(c -> c.status() != 429)
                  .filter(c -> c.receivedAt().isAfter(start) && c.receivedAt().isBefore(end))
                  .count();
      most = Math.max(most, inside);
    }
    return most;
  }

  /** Every Contact the server holds, counted by name, read from its query endpoint. */
  private Map<String, Integer> heldContactsByName() throws IOException {
    OkHttpClient http = new OkHttpClient();
    ObjectMapper json = new ObjectMapper();
    String token = sf.issueAccessToken();
    Map<String, Integer> byName = new HashMap<>();
    String next = sf.dataPath() + "/query?q=SELECT+Id,LastName+FROM+Contact";
    while (next != null) {
      Request request =
          new Request.Builder()
              .url(sf.url() + next)
              .header("Authorization", "Bearer " + token)
              .build();
      JsonNode page;
      try (Response response = http.newCall(request).execute()) {
        page = json.readTree(response.body().string());
      }
      for (JsonNode record : page.get("records")) {
        byName.merge(record.get("LastName").asText(), 1, Integer::sum);
      }
      next = page.get("done").asBoolean() ? null : page.get("nextRecordsUrl").asText();
    }
    return byName;
  }
}
