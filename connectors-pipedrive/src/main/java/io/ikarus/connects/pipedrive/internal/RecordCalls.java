package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.Urls;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Single-record calls: create ({@code POST}, 200 on v2, 201 for v1 leads), get, update ({@code
 * PATCH}; {@code PUT} for v1 notes) and delete, with bodies encoded by field name; an unknown name
 * reloads the field catalog once before it is refused.
 */
public final class RecordCalls {

  private final ApiCalls calls;
  private final FieldCatalogs catalogs;
  private final RecordReader reader;
  private final Function<String, ErrorContext> contexts;

  /** Calls through {@code calls}; {@code contexts} names operations for errors. */
  public RecordCalls(
      ApiCalls calls,
      FieldCatalogs catalogs,
      RecordReader reader,
      Function<String, ErrorContext> contexts) {
    this.calls = calls;
    this.catalogs = catalogs;
    this.reader = reader;
    this.contexts = contexts;
  }

  /** Creates a record. */
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    Entity entity = Entity.of(object, contexts.apply("create"));
    return body(entity, fields, "create")
        .thenCompose(
            body ->
                send(
                    object,
                    entity,
                    ApiRequest.post(entity.collection()).json(body).operation("create"),
                    Costs.write(entity.v2())));
  }

  /** Reads a record. */
  public CompletableFuture<CrmRecord> get(String object, String id) {
    Entity entity = Entity.of(object, contexts.apply("get"));
    return send(
        object,
        entity,
        ApiRequest.get(path(entity, id)).operation("get"),
        Costs.getOne(entity.v2()));
  }

  /** Updates a record's given fields. */
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    Entity entity = Entity.of(object, contexts.apply("update"));
    return body(entity, fields, "update")
        .thenCompose(
            body ->
                send(
                    object,
                    entity,
                    ApiRequest.builder(entity.updateMethod())
                        .path(path(entity, id))
                        .json(body)
                        .operation("update"),
                    Costs.write(entity.v2())));
  }

  /** Deletes a record. */
  public CompletableFuture<Void> delete(String object, String id) {
    Entity entity = Entity.of(object, contexts.apply("delete"));
    return calls
        .execute(
            Costs.charged(
                ApiRequest.delete(path(entity, id)).operation("delete"), Costs.delete(entity.v2())))
        .thenApply(r -> null);
  }

  /** The write body for {@code fields}, reloading the catalog once on an unknown name. */
  public CompletableFuture<Map<String, Object>> body(
      Entity entity, Map<String, Object> fields, String operation) {
    return catalogs
        .of(entity)
        .thenCompose(
            c ->
                RecordEncoder.unknown(entity, fields, c).isEmpty()
                    ? CompletableFuture.completedFuture(c)
                    : catalogs.refresh(entity))
        .thenApply(c -> RecordEncoder.encode(entity, fields, c, contexts.apply(operation)));
  }

  private CompletableFuture<CrmRecord> send(
      String object, Entity entity, ApiRequest.Builder request, int cost) {
    return calls
        .execute(Costs.charged(request, cost))
        .thenCompose(r -> reader.one(object, entity, r.json(Dtos.SingleEnvelope.class).data()));
  }

  private static String path(Entity entity, String id) {
    return entity.collection() + "/" + Urls.segment(id);
  }
}
