package io.ikarus.connects.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The portable behaviour every {@link CrmConnector} must show, stated once: CRUD, not-found,
 * upsert, batch order and per-record errors (in {@link RecordContract}), and here paging, {@code
 * stream()} completeness and demand, {@code changesSince} with deletions, hostile filter values,
 * and retries on 503 and 429 with {@code Retry-After}. Every connector's test subclasses it against
 * its fake, so all connectors are held to one definition of correct.
 *
 * <p>To subclass, implement the hooks of {@link ContractSupport}:
 *
 * <pre>{@code
 * class HubSpotContractTest extends ConnectorContractTest {
 *   FakeHubSpot fake = FakeHubSpot.start();
 *   protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
 *     return HubSpotConnector.builder().auth(BearerTokenAuth.of("t"))
 *         .options(ClientOptions.builder().baseUrl(fake.url()).scheduler(scheduler).build())
 *         .build();
 *   }
 *   protected String objectName() { return "contacts"; }
 *   protected Map<String, Object> sampleRecord(int n) {
 *     return Map.of("email", "c" + n + "-" + runId + "@example.com", "firstname", "n" + n);
 *   }
 *   protected String textField() { return "firstname"; }
 *   protected String keyField() { return "email"; }
 *   protected Map<String, Object> invalidRecord() { return Map.of("no_such_property", "x"); }
 *   protected ContractServer server() { return fake.contractServer(); }
 * }
 * }</pre>
 *
 * <p>Pass the {@code scheduler} to the connector's ClientOptions: the retry tests assert the delays
 * it recorded, and it runs them 100 times faster. A connector without HTTP returns null from {@link
 * #server()}; the demand and retry tests are then skipped. The tests tag their data with {@link
 * #runId}, so a fake holding other data does not disturb them.
 */
public abstract class ConnectorContractTest extends RecordContract {

  private static final List<String> HOSTILE =
      List.of(
          "O'Brien",
          "back\\slash",
          "100%",
          "100x",
          "a_b",
          "axb",
          "line\nbreak",
          "' OR 1=1 --",
          "\"quoted\"",
          "tab\tand;semicolon");

  /** Pages of at most the requested size together hold every matching record exactly once. */
  @Test
  public void pagingReturnsEveryRecordOnce() {
    List<String> ids = createMany(250, "page " + runId);
    List<String> seen = new ArrayList<>();
    int pages = 0;
    Page page = await(connector.query(pageQuery("page " + runId)));
    while (true) {
      pages++;
      assertThat(page.records().size()).isLessThanOrEqualTo(100);
      page.records().forEach(r -> seen.add(r.id()));
      if (!page.hasNext()) {
        break;
      }
      page = await(page.next());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(pages).isGreaterThanOrEqualTo(3);
  }

  /** stream() yields every record once and completes. */
  @Test
  public void streamYieldsEveryRecordOnce() {
    List<String> ids = createMany(250, "stream " + runId);
    List<String> seen = new ArrayList<>();

    await(connector.forEach(pageQuery("stream " + runId), r -> seen.add(r.id())));

    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
  }

  /** stream() fetches a page only on demand, and no more after cancel. */
  @Test
  public void streamFetchesOnlyOnDemand() {
    assumeServer();
    createMany(250, "demand " + runId);
    TestSubscriber subscriber = new TestSubscriber();
    int before = requestCount();

    connector.stream(pageQuery("demand " + runId)).subscribe(subscriber);
    settle();
    assertThat(requestCount() - before).as("requests before any demand").isZero();
    subscriber.request(1);
    subscriber.awaitCount(1);
    settle();
    assertThat(requestCount() - before).as("requests for the first record").isEqualTo(1);

    subscriber.cancel();
    settle();
    assertThat(requestCount() - before).as("requests after cancel").isEqualTo(1);
    assertThat(subscriber.isTerminated()).isFalse();
  }

  /** changesSince reports updates after a checkpoint, and deletions where tracked. */
  @Test
  public void changesSinceReportsUpdatesAndDeletions() {
    List<String> ids = createTagged(2, "changes " + runId);
    Checkpoint checkpoint = drain(Checkpoint.initial(), new ArrayList<>(), new ArrayList<>());
    await(connector.update(objectName(), ids.get(0), Map.of(textField(), "after " + runId)));
    await(connector.delete(objectName(), ids.get(1)));

    List<CrmRecord> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    drain(checkpoint, upserts, deleted);

    Map<String, CrmRecord> latest = new LinkedHashMap<>();
    upserts.forEach(r -> latest.put(r.id(), r));
    assertThat(latest).containsKey(ids.get(0));
    assertThat(latest.get(ids.get(0)).field(textField())).isEqualTo("after " + runId);
    if (connector.capabilities().trackedDeletes()) {
      assertThat(deleted).contains(ids.get(1));
    }
  }

  /** A filter value can never change a query: each hostile value matches only its own record. */
  @Test
  public void hostileFilterValuesMatchExactly() {
    Map<String, String> idByValue = new LinkedHashMap<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String value = HOSTILE.get(i) + " " + runId;
      idByValue.put(value, await(connector.create(objectName(), tagged(2000 + i, value))).id());
    }
    idByValue.forEach(
        (value, id) ->
            assertThat(ids(Query.of(objectName()).where(textField(), Query.Op.EQ, value)))
                .as("EQ %s", value)
                .containsExactly(id));
    if (supportsContains()) {
      for (String fragment : List.of("100%", "a_b", "O'Brien", "back\\slash")) {
        String value = fragment + " " + runId;
        assertThat(ids(Query.of(objectName()).where(textField(), Query.Op.CONTAINS, value)))
            .as("CONTAINS %s", value)
            .containsExactly(idByValue.get(value));
      }
    }
  }

  /** A 503 is retried and the call succeeds. */
  @Test
  public void retriesServiceUnavailable() {
    assumeServer();
    String id = await(connector.create(objectName(), sampleRecord(6))).id();
    int before = requestCount();
    server().failNext(1, 503, null);

    assertThat(await(connector.get(objectName(), id)).id()).isEqualTo(id);
    assertThat(requestCount() - before).isEqualTo(2);
  }

  /** A 429 with Retry-After is waited out, then the call succeeds. */
  @Test
  public void honoursRetryAfterOnTooManyRequests() {
    assumeServer();
    String id = await(connector.create(objectName(), sampleRecord(7))).id();
    server().failNext(1, 429, Duration.ofSeconds(2));

    assertThat(await(connector.get(objectName(), id)).id()).isEqualTo(id);
    assertThat(scheduler.longestDelay()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  private Query pageQuery(String tag) {
    return Query.of(objectName()).where(textField(), Query.Op.EQ, tag).pageSize(100);
  }

  private List<String> createMany(int count, String tag) {
    List<Map<String, Object>> inputs =
        IntStream.range(0, count).mapToObj(i -> tagged(3000 + i, tag)).toList();
    var result = await(connector.createAll(objectName(), inputs));
    assertThat(result.allSucceeded()).as("createAll of %s records", count).isTrue();
    return result.results().stream().map(RecordResult::id).toList();
  }

  private List<String> ids(Query query) {
    List<String> ids = new ArrayList<>();
    await(connector.forEach(query, r -> ids.add(r.id())));
    return ids;
  }

  private Checkpoint drain(Checkpoint from, List<CrmRecord> upserts, List<String> deleted) {
    Checkpoint checkpoint = from;
    for (int round = 0; round < 10_000; round++) {
      Changes changes = await(connector.changesSince(objectName(), checkpoint));
      upserts.addAll(changes.upserts());
      deleted.addAll(changes.deletedIds());
      checkpoint = changes.checkpoint();
      if (!changes.hasMore()) {
        return checkpoint;
      }
    }
    throw new AssertionError("changesSince kept reporting hasMore");
  }
}
