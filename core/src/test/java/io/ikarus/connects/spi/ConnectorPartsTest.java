package io.ikarus.connects.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** BaseCrmConnector runs its portable operations on the ConnectorParts a connector hands it. */
class ConnectorPartsTest {

  /** Records every part call as "part.method:object". */
  private static final Capabilities CAPS =
      Capabilities.builder().maxBatchSize(10).maxPageSize(10).conditionalUpdates(true).build();

  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  @Test
  void toStringNamesTheConnectorAndItsOptionsButNoCredentials() {
    try (PartsConnector crm =
        new PartsConnector(parts(false), BearerTokenAuth.of("sk-secret-123"))) {
      assertThat(crm.toString())
          .startsWith("PartsConnector{name=parts, options=ClientOptions{")
          .doesNotContain("sk-secret-123");
    }
  }

  @Test
  void singleRecordQueryChangeAndSchemaOperationsRunOnTheirParts() {
    try (PartsConnector crm = new PartsConnector(parts(false))) {
      crm.create("lead", Map.of("a", 1)).join();
      crm.get("lead", "1").join();
      crm.update("lead", "1", Map.of("a", 2)).join();
      crm.upsert("lead", "email", Map.of("email", "x@example.com")).join();
      crm.delete("lead", "1").join();
      crm.query(Query.of("lead")).join();
      crm.changesSince("lead", Checkpoint.initial()).join();
      crm.describe("lead").join();
    }
    assertThat(calls)
        .containsExactly(
            "records.create:lead",
            "records.get:lead",
            "records.update:lead",
            "records.upsert:lead",
            "records.delete:lead",
            "queries.query:lead",
            "changes.changesSince:lead",
            "schema.describe:lead");
  }

  @Test
  void withoutABatchPartABatchMakesOneRecordCallPerRecord() {
    try (PartsConnector crm = new PartsConnector(parts(false))) {
      BatchResult r = crm.createAll("lead", List.of(Map.of("a", 1), Map.of("a", 2))).join();
      assertThat(r.results()).extracting(RecordResult::id).containsExactly("new", "new");
      crm.updateAllIfUnchanged("lead", List.of(CrmRecord.of("lead", "7", Map.of()))).join();
    }
    assertThat(calls)
        .containsExactly(
            "records.create:lead", "records.create:lead", "records.updateIfUnchanged:lead");
  }

  @Test
  void withoutABatchPartAFailedRecordCallFailsOnlyItsRecord() {
    try (PartsConnector crm = new PartsConnector(parts(false))) {
      BatchResult r = crm.createAll("lead", List.of(Map.of("a", 1), Map.of("fail", 1))).join();
      assertThat(r.results().get(0).id()).isEqualTo("new");
      assertThat(r.results().get(1).error())
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("refused");
    }
  }

  @Test
  void aBatchPartWritesWholeChunks() {
    try (PartsConnector crm = new PartsConnector(parts(true))) {
      crm.createAll("lead", List.of(Map.of("a", 1), Map.of("a", 2))).join();
      crm.updateAll("lead", List.of(CrmRecord.of("lead", "7", Map.of()))).join();
      crm.updateAllIfUnchanged("lead", List.of(CrmRecord.of("lead", "7", Map.of()))).join();
      crm.upsertAll("lead", "email", List.of(Map.of("email", "x@example.com"))).join();
      crm.deleteAll("lead", List.of("7")).join();
    }
    assertThat(calls)
        .containsExactly(
            "batches.createChunk:lead",
            "batches.updateChunk:lead",
            "batches.conditionalUpdateChunk:lead",
            "batches.upsertChunk:lead",
            "batches.deleteChunk:lead");
  }

  @Test
  void aBulkPartTakesTheWholeBatchesItAcceptsAndLeavesTheRestToChunks() {
    Chunks chunks = new Chunks();
    BulkOperations bulk =
        new BulkOperations() {
          @Override
          public boolean takes(int size) {
            return size > 1;
          }

          @Override
          public CompletableFuture<List<RecordResult>> createAll(
              String object, List<Map<String, Object>> records) {
            return chunks.results("bulk.createAll", object, records.size());
          }

          @Override
          public CompletableFuture<List<RecordResult>> updateAll(
              String object, List<CrmRecord> records) {
            return chunks.results("bulk.updateAll", object, records.size());
          }

          @Override
          public CompletableFuture<List<RecordResult>> upsertAll(
              String object, String keyField, List<Map<String, Object>> records) {
            return chunks.results("bulk.upsertAll", object, records.size());
          }

          @Override
          public CompletableFuture<List<RecordResult>> deleteAll(String object, List<String> ids) {
            return chunks.results("bulk.deleteAll", object, ids.size());
          }
        };
    ConnectorParts.Builder b = ConnectorParts.builder().records(new Rows()).batches(chunks);
    ConnectorParts parts =
        b.bulk(bulk)
            .queries(q -> null)
            .changes((o, c) -> null)
            .schema(o -> null)
            .capabilities(CAPS)
            .build();
    CrmRecord r = CrmRecord.of("lead", "7", Map.of());
    List<Map<String, Object>> withNull = new ArrayList<>();
    withNull.add(Map.of("a", 1));
    withNull.add(null);
    try (PartsConnector crm = new PartsConnector(parts)) {
      BatchResult created = crm.createAll("lead", List.of(Map.of("a", 1), Map.of("a", 2))).join();
      assertThat(created.results()).hasSize(2);
      crm.updateAll("lead", List.of(r, r)).join();
      crm.upsertAll("lead", "email", List.of(Map.of("email", "x"), Map.of("email", "y"))).join();
      crm.deleteAll("lead", List.of("7", "8")).join();
      crm.deleteAll("lead", List.of("7")).join();
      assertThat(crm.createAll("lead", withNull).join().results()).hasSize(2);
    }
    assertThat(calls)
        .containsExactly(
            "batches.bulk.createAll:lead",
            "batches.bulk.updateAll:lead",
            "batches.bulk.upsertAll:lead",
            "batches.bulk.deleteAll:lead",
            "batches.deleteChunk:lead",
            "batches.createChunk:lead");
  }

  @Test
  void getAllReadsDistinctIdsThroughTheRecordsPartLeavingOutMissingOnes() {
    try (PartsConnector crm = new PartsConnector(parts(false))) {
      Map<String, CrmRecord> found = crm.getAll("lead", List.of("1", "missing", "2", "1")).join();
      assertThat(found.keySet()).containsExactly("1", "2");
    }
    assertThat(calls).containsExactly("records.get:lead", "records.get:lead");
  }

  @Test
  void getAllUsesTheRecordsPartsOwnBatchRead() {
    Rows batchRead =
        new Rows() {
          @Override
          public CompletableFuture<Map<String, CrmRecord>> getAll(String object, List<String> ids) {
            calls.add("records.getAll:" + object + ids);
            return CompletableFuture.completedFuture(Map.of());
          }
        };
    ConnectorParts.Builder b = ConnectorParts.builder().records(batchRead);
    try (PartsConnector crm =
        new PartsConnector(
            b.queries(q -> null)
                .changes((o, c) -> null)
                .schema(o -> null)
                .capabilities(CAPS)
                .build())) {
      assertThat(crm.getAll("lead", List.of("1", "2", "1")).join()).isEmpty();
    }
    assertThat(calls).containsExactly("records.getAll:lead[1, 2]");
  }

  @Test
  void aBatchPartWithoutConditionalEndpointLeavesConditionalUpdatesToTheRecordsPart() {
    ConnectorParts.Builder b =
        ConnectorParts.builder().records(new Rows()).batches(new PlainChunks()).capabilities(CAPS);
    try (PartsConnector crm =
        new PartsConnector(
            b.queries(q -> null).changes((o, c) -> null).schema(o -> null).build())) {
      List<CrmRecord> two =
          List.of(CrmRecord.of("lead", "7", Map.of()), CrmRecord.of("lead", "8", Map.of()));
      crm.updateAll("lead", two).join();
      BatchResult r = crm.updateAllIfUnchanged("lead", two).join();
      assertThat(r.results()).extracting(RecordResult::id).containsExactly("7", "8");
    }
    assertThat(calls)
        .containsExactly(
            "batches.updateChunk:lead",
            "records.updateIfUnchanged:lead",
            "records.updateIfUnchanged:lead");
  }

  @Test
  void aPartThatThrowsFailsTheFutureWithTheExceptionUnwrapped() {
    try (PartsConnector crm = new PartsConnector(parts(false))) {
      CompletableFuture<CrmRecord> f = crm.get("lead", "missing");
      assertThatThrownBy(f::get)
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isExactlyInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void partsNameTheFirstMissingRequiredPart() {
    assertThatThrownBy(() -> ConnectorParts.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("records");
    RecordOperations records = new Rows();
    assertThatThrownBy(() -> ConnectorParts.builder().records(records).build())
        .hasMessageContaining("queries");
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(records)
            .queries(q -> null)
            .changes((o, c) -> null)
            .schema(o -> null)
            .capabilities(CAPS)
            .build();
    assertThat(parts.batches()).isEmpty();
    assertThat(parts.records()).isSameAs(records);
  }

  @Test
  void partsNeedCapabilitiesAndDefaultTheVendorWiring() {
    ConnectorParts.Builder b =
        ConnectorParts.builder()
            .records(new Rows())
            .queries(q -> null)
            .changes((o, c) -> null)
            .schema(o -> null);
    assertThatThrownBy(b::build).hasMessage("ConnectorParts needs capabilities(...)");
    ConnectorParts parts = b.capabilities(CAPS).build();
    assertThat(parts.capabilities()).isSameAs(CAPS);
    assertThat(parts.baseUrl()).isEmpty();
    assertThat(parts.headers()).isEmpty();
    assertThat(parts.batchConcurrency()).isEqualTo(4);
    assertThatThrownBy(() -> b.batchConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchConcurrency");
    try (PartsConnector crm = new PartsConnector(parts)) {
      assertThat(crm.capabilities()).isSameAs(CAPS);
    }
  }

  @Test
  void theBuilderBaseChecksAuthAndUrlsNamingTheConnector() {
    TestBuilder b = new TestBuilder();
    assertThatThrownBy(b::requireAuth)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PartsConnector needs auth(...)");
    assertThatThrownBy(() -> b.baseUrl(URI.create("http://crm.example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    b.auth(BearerTokenAuth.of("t"))
        .baseUrl(URI.create("https://crm.example.com"))
        .authUrl(URI.create("https://login.example.com"))
        .defaultObject("lead")
        .requireAuth();
    assertThat(b.baseUrl()).contains(URI.create("https://crm.example.com"));
    assertThat(b.authUrl()).contains(URI.create("https://login.example.com"));
    assertThat(b.defaultObject()).contains("lead");
    assertThat(b.options()).isNotNull();
    assertThat(b.changeLookback()).isEmpty();
    assertThatThrownBy(() -> b.changeLookback(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changeLookback");
    assertThat(b.changeLookback(Duration.ofMinutes(3)).changeLookback())
        .contains(Duration.ofMinutes(3));
  }

  private ConnectorParts parts(boolean withBatches) {
    ConnectorParts.Builder b =
        ConnectorParts.builder()
            .records(new Rows())
            .queries(
                q -> {
                  calls.add("queries.query:" + q.object());
                  return CompletableFuture.completedFuture(Page.last(List.of()));
                })
            .changes(
                (object, checkpoint) -> {
                  calls.add("changes.changesSince:" + object);
                  return CompletableFuture.completedFuture(
                      new Changes(List.of(), List.of(), checkpoint, false));
                })
            .schema(
                object -> {
                  calls.add("schema.describe:" + object);
                  return CompletableFuture.completedFuture(
                      new ObjectSchema(object, object, "id", List.of()));
                });
    b.capabilities(CAPS);
    return withBatches ? b.batches(new Chunks()).build() : b.build();
  }

  private class Rows implements RecordOperations {
    @Override
    public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
      if (fields.containsKey("fail")) {
        return CompletableFuture.failedFuture(
            new NotFoundException("refused", ErrorContext.of("parts", "create")));
      }
      return record("create", object, "new");
    }

    @Override
    public CompletableFuture<CrmRecord> get(String object, String id) {
      if (id.equals("missing")) {
        throw new NotFoundException("no " + id, ErrorContext.of("parts", "get"));
      }
      return record("get", object, id);
    }

    @Override
    public CompletableFuture<CrmRecord> update(
        String object, String id, Map<String, Object> fields) {
      return record("update", object, id);
    }

    @Override
    public CompletableFuture<Void> delete(String object, String id) {
      calls.add("records.delete:" + object);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<CrmRecord> upsert(
        String object, String keyField, Map<String, Object> fields) {
      return record("upsert", object, "u");
    }

    @Override
    public CompletableFuture<CrmRecord> updateIfUnchanged(
        String object, String id, Map<String, Object> fields, String version) {
      return record("updateIfUnchanged", object, id);
    }

    private CompletableFuture<CrmRecord> record(String method, String object, String id) {
      calls.add("records." + method + ":" + object);
      return CompletableFuture.completedFuture(CrmRecord.of(object, id, Map.of()));
    }
  }

  /** A batch part with a conditional endpoint too. */
  private final class Chunks extends PlainChunks implements ConditionalBatchOperations {
    @Override
    public CompletableFuture<List<RecordResult>> conditionalUpdateChunk(
        String object, List<CrmRecord> records) {
      return results("conditionalUpdateChunk", object, records.size());
    }
  }

  /** A batch part without a conditional endpoint. */
  private class PlainChunks implements BatchOperations {
    @Override
    public CompletableFuture<List<RecordResult>> createChunk(
        String object, List<Map<String, Object>> records) {
      return results("createChunk", object, records.size());
    }

    @Override
    public CompletableFuture<List<RecordResult>> updateChunk(
        String object, List<CrmRecord> records) {
      return results("updateChunk", object, records.size());
    }

    @Override
    public CompletableFuture<List<RecordResult>> upsertChunk(
        String object, String keyField, List<Map<String, Object>> records) {
      return results("upsertChunk", object, records.size());
    }

    @Override
    public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
      return results("deleteChunk", object, ids.size());
    }

    CompletableFuture<List<RecordResult>> results(String method, String object, int n) {
      calls.add("batches." + method + ":" + object);
      List<RecordResult> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(RecordResult.success(i, "id" + i));
      }
      return CompletableFuture.completedFuture(out);
    }
  }

  private static final class PartsConnector extends BaseCrmConnector {
    PartsConnector(ConnectorParts parts) {
      this(parts, null);
    }

    PartsConnector(ConnectorParts parts, AuthProvider auth) {
      super("parts", auth, null, VendorDefaults.builder().build(), calls -> parts);
    }
  }

  private static final class TestBuilder extends ConnectorBuilder<TestBuilder> {
    TestBuilder() {
      super("PartsConnector");
    }

    @Override
    protected TestBuilder self() {
      return this;
    }
  }
}
