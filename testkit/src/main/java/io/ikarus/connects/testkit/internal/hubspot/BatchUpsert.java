package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;

/**
 * {@code batch/upsert}: each input's {@code id} is a value of its unique {@code idProperty}; the
 * record is updated when it exists, else created, and each result says {@code new}.
 */
final class BatchUpsert {

  private final Records store;
  private final Writes writes;
  private final Clock clock;
  private final boolean echoTraceIds;

  BatchUpsert(Records store, Writes writes, Clock clock, boolean echoTraceIds) {
    this.store = store;
    this.writes = writes;
    this.clock = clock;
    this.echoTraceIds = echoTraceIds;
  }

  FakeResponse run(ObjectType type, JsonNode inputs) {
    BatchHandler.requireDistinctIds(inputs);
    BatchEnvelope env = new BatchEnvelope(clock.instant());
    for (JsonNode in : inputs) {
      String id = in.path("id").asText();
      String trace = BatchHandler.traceId(in);
      try {
        env.results().add(BatchHandler.withTrace(upsertOne(type, in, id), trace, echoTraceIds));
      } catch (BadRequest e) {
        env.error(e, trace == null ? "ids" : "objectWriteTraceId", trace == null ? id : trace);
      }
    }
    return env.reply(200);
  }

  private ObjectNode upsertOne(ObjectType type, JsonNode in, String id) {
    String idProperty = in.path("idProperty").asText("");
    if (idProperty.isEmpty()) {
      throw new BadRequest("idProperty is required for upsert inputs");
    }
    writes.requireUniqueProperty(type, idProperty);
    if (id.isEmpty()) {
      throw new BadRequest("id is required for upsert inputs");
    }
    synchronized (store) {
      StoredObject existing = store.findUnique(type, idProperty, id);
      ObjectNode input = in.deepCopy();
      ObjectNode props =
          input.has("properties") && input.get("properties").isObject()
              ? (ObjectNode) input.get("properties")
              : input.putObject("properties");
      props.put(idProperty, id);
      StoredObject o =
          existing == null ? writes.create(type, input) : writes.update(type, existing, input);
      return o.toJson(o.properties().keySet()).put("new", existing == null);
    }
  }
}
