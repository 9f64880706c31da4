package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Writes items: single writes are batches of one; batches are one request of aliased mutations. A
 * record whose fields cannot be encoded fails alone, before anything is sent; a record monday
 * refuses fails alone, from the error on its alias.
 */
public final class ItemWriter {

  private final MondayClient client;
  private final BoardCache boards;
  private final FieldEncoder encoder;
  private final boolean createLabels;
  private final boolean archive;
  private final String connector;

  /** Creates the writer; {@code archive} makes deletes archive items instead. */
  public ItemWriter(
      MondayClient client,
      BoardCache boards,
      FieldEncoder encoder,
      boolean createLabels,
      boolean archive,
      String connector) {
    this.client = client;
    this.boards = boards;
    this.encoder = encoder;
    this.createLabels = createLabels;
    this.archive = archive;
    this.connector = connector;
  }

  /** Creates items; results in input order. */
  public CompletableFuture<List<RecordResult>> create(String object, List<Map<String, Object>> in) {
    return batch(
        object,
        "create",
        in.size(),
        (columns, context) ->
            i -> {
              FieldEncoder.Encoded e = encoder.encodeNew(columns, in.get(i), context);
              return batch -> batch.create(e.name(), e.forCreate());
            });
  }

  /** Updates items; results in input order. */
  public CompletableFuture<List<RecordResult>> update(String object, List<CrmRecord> in) {
    return batch(
        object,
        "update",
        in.size(),
        (columns, context) ->
            i -> {
              FieldEncoder.Encoded e = encoder.encode(columns, in.get(i).fields(), context);
              return batch -> batch.update(in.get(i).id(), e.forUpdate());
            });
  }

  /** Deletes (or archives) items; results in input order. */
  public CompletableFuture<List<RecordResult>> delete(String object, List<String> ids) {
    return batch(
        object,
        "delete",
        ids.size(),
        (columns, context) -> i -> batch -> batch.remove(ids.get(i), archive));
  }

  private CompletableFuture<List<RecordResult>> batch(
      String object,
      String operation,
      int size,
      BiFunction<BoardColumns, ErrorContext, Plan> planner) {
    ErrorContext context = ErrorContext.of(connector, operation);
    return boards
        .columns(object, context)
        .thenCompose(columns -> run(columns, size, planner.apply(columns, context), operation));
  }

  /** Plans one input: returns how to add it to a batch, or throws why it cannot be sent. */
  interface Plan {
    Consumer<MutationBatch> plan(int index);
  }

  private CompletableFuture<List<RecordResult>> run(
      BoardColumns columns, int size, Plan plan, String operation) {
    MutationBatch batch = new MutationBatch(columns.boardId(), false, createLabels);
    List<Integer> aliasOf = new ArrayList<>();
    RecordResult[] results = new RecordResult[size];
    for (int i = 0; i < size; i++) {
      try {
        plan.plan(i).accept(batch);
        aliasOf.add(i);
      } catch (CrmException refused) {
        results[i] = RecordResult.failure(i, refused);
      }
    }
    if (batch.size() == 0) {
      return CompletableFuture.completedFuture(List.of(results));
    }
    return client
        .send(
            operation,
            batch.document(),
            batch.variables(),
            Costs.writes(batch.size()),
            operation.equals("update"))
        .thenApply(
            response -> {
              for (int k = 0; k < aliasOf.size(); k++) {
                int i = aliasOf.get(k);
                results[i] = result(response, batch.aliases().get(k), i);
              }
              return List.of(results);
            });
  }

  private static RecordResult result(GraphQlResponse response, String alias, int index) {
    CrmException error = response.errorAt(alias);
    if (error != null) {
      return RecordResult.failure(index, error);
    }
    JsonNode item = response.data(alias);
    if (!item.hasNonNull("id")) {
      return RecordResult.failure(
          index,
          new ServerException("monday returned no item for " + alias, response.context(), null));
    }
    return RecordResult.success(index, item.get("id").asText());
  }

  /** Creates one item and returns it as stored. */
  public CompletableFuture<CrmRecord> createOne(String object, Map<String, Object> fields) {
    return one(
            object,
            "create",
            (columns, context) -> {
              FieldEncoder.Encoded e = encoder.encodeNew(columns, fields, context);
              return batch -> batch.create(e.name(), e.forCreate());
            })
        .thenApply(r -> single(r, object));
  }

  /** Updates one item and returns it as stored. */
  public CompletableFuture<CrmRecord> updateOne(String object, String id, Map<String, Object> f) {
    return one(
            object,
            "update",
            (columns, context) -> {
              FieldEncoder.Encoded e = encoder.encode(columns, f, context);
              return batch -> batch.update(id, e.forUpdate());
            })
        .thenApply(r -> single(r, object));
  }

  /** Deletes (or archives) one item. */
  public CompletableFuture<Void> deleteOne(String object, String id) {
    return one(object, "delete", (columns, context) -> batch -> batch.remove(id, archive))
        .thenAccept(
            r -> {
              CrmException error = r.errorAt("m0");
              if (error != null) {
                throw error;
              }
            });
  }

  private CompletableFuture<GraphQlResponse> one(
      String object,
      String operation,
      BiFunction<BoardColumns, ErrorContext, Consumer<MutationBatch>> planner) {
    ErrorContext context = ErrorContext.of(connector, operation);
    return boards
        .columns(object, context)
        .thenCompose(
            columns -> {
              MutationBatch batch = new MutationBatch(columns.boardId(), true, createLabels);
              planner.apply(columns, context).accept(batch);
              return client.send(
                  operation,
                  batch.document(),
                  batch.variables(),
                  Costs.mutations(1),
                  operation.equals("update"));
            });
  }

  /** The item written by a single-record batch, read back as a record. */
  static CrmRecord single(GraphQlResponse response, String object) {
    CrmException error = response.errorAt("m0");
    if (error != null) {
      throw error;
    }
    return ItemMapper.toRecord(object, response.data("m0"), response.context());
  }
}
