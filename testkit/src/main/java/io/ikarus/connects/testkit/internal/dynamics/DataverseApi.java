package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Web API {@code v9.2} of one fake environment: routes a request to the handler of its
 * resource. Case-sensitive like the real service: {@code Account} is not {@code accounts}.
 *
 * <p>Thread-safe: every request runs under this object's monitor, so a change set is atomic.
 */
public final class DataverseApi {

  private final Catalog catalog;
  private final DataverseStore store;
  private final EntityHandler entities;
  private final Relations relations;
  private final MetadataHandler metadata;
  private final Operations operations;
  private final BatchHandler batch;
  private final BulkMessages bulk;
  private final String base;

  /**
   * Creates the API.
   *
   * @param base the absolute service root, ending in {@code /api/data/v9.2/}
   */
  DataverseApi(String base, Clock clock, UUID userId) {
    this.base = base;
    this.catalog = Catalog.standard();
    this.store = new DataverseStore(clock);
    RecordCodec codec = new RecordCodec(catalog, store);
    this.relations = new Relations(catalog, store);
    this.entities = new EntityHandler(store, codec, base, clock);
    this.metadata = new MetadataHandler(catalog, base);
    this.operations = new Operations(catalog, store, base, userId);
    this.batch = new BatchHandler(store, this::route);
    this.bulk = new BulkMessages(store, entities, base);
  }

  /** Answers one request (a {@code $batch} included); never throws for a refused request. */
  synchronized FakeResponse handle(FakeRequest req) {
    try {
      if (OData.resource(req).equals("$batch")) {
        if (!req.method().equals("POST")) {
          throw ODataException.notAllowed(req.method());
        }
        return batch.handle(req);
      }
      return route(req);
    } catch (ODataException e) {
      return OData.error(e);
    }
  }

  /** Inserts a row through the checks of {@code POST}; returns its id. */
  public synchronized String insert(String entitySet, Map<String, Object> columns) {
    EntityDef e = catalog.bySet(entitySet).orElseThrow(() -> ODataException.segment(entitySet));
    return entities.create(e, columns).id();
  }

  /** The stored columns of a row, or empty. */
  public synchronized Optional<Map<String, Object>> row(String entitySet, String id) {
    StoredRecord row = store.get(entitySet, UUID.fromString(id));
    return Optional.ofNullable(row).map(StoredRecord::fields);
  }

  /** Makes {@code entitySet} answer CreateMultiple and UpdateMultiple like a table without them. */
  public synchronized void withoutBulkMessages(String entitySet) {
    bulk.withoutOn(entitySet);
  }

  /** The number of rows in the table behind {@code entitySet}. */
  public synchronized int count(String entitySet) {
    return store.rows(entitySet).size();
  }

  private FakeResponse route(FakeRequest req) {
    List<ResourcePath.Segment> path = ResourcePath.parse(OData.resource(req));
    if (path.isEmpty()) {
      return serviceDocument();
    }
    ResourcePath.Segment first = path.get(0);
    return switch (first.name()) {
      case "EntityDefinitions" -> metadata.handle(path, req);
      case "WhoAmI" -> operations.whoAmI(req);
      case "RetrieveTotalRecordCount" -> operations.totalRecordCount(first, req);
      case Operations.CALCULATE -> operations.calculateScore(req);
      default -> entitySet(path, req);
    };
  }

  private FakeResponse entitySet(List<ResourcePath.Segment> path, FakeRequest req) {
    ResourcePath.Segment first = path.get(0);
    EntityDef e =
        catalog.bySet(first.name()).orElseThrow(() -> ODataException.segment(first.name()));
    if (first.key() == null) {
      if (path.size() > 1) {
        return bulk.handle(e, path, req);
      }
      return switch (req.method()) {
        case "GET" -> entities.list(e, req);
        case "POST" -> entities.create(e, req);
        default -> throw ODataException.notAllowed(req.method());
      };
    }
    RowKey key = RowKey.of(e, first);
    if (path.size() == 1) {
      return switch (req.method()) {
        case "GET" -> entities.read(e, key, req);
        case "PATCH" -> entities.patch(e, key, req);
        case "DELETE" -> entities.delete(e, key);
        default -> throw ODataException.notAllowed(req.method());
      };
    }
    StoredRecord row = key.require(e, store);
    ResourcePath.Segment second = path.get(1);
    if (second.name().equals(Operations.ESCALATE) && path.size() == 2) {
      return operations.escalate(e, row, req);
    }
    if (path.size() == 3 && path.get(2).name().equals("$ref")) {
      return relations.reference(e, row, second, req);
    }
    throw ODataException.segment(second.name());
  }

  private FakeResponse serviceDocument() {
    List<Map<String, String>> sets =
        catalog.entities().stream()
            .map(
                e ->
                    Map.of(
                        "name", e.entitySetName(), "kind", "EntitySet", "url", e.entitySetName()))
            .toList();
    return OData.json(200, Map.of("@odata.context", base + "$metadata", "value", sets), 0);
  }
}
