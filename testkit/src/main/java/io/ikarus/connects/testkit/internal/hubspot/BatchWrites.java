package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code batch/create} and {@code batch/upsert}, the batch writes whose results may echo each
 * input's {@code objectWriteTraceId}. A create is all-or-nothing, or per input (207) when every
 * input has its own trace id; an upsert finds each input by its unique {@code idProperty}, updates
 * or creates it, and says {@code new} in each result.
 */
final class BatchWrites {

  private final Records store;
  private final Writes writes;
  private final Clock clock;
  private final boolean echoTraceIds;

  BatchWrites(Records store, Writes writes, Clock clock, boolean echoTraceIds) {
    this.store = store;
    this.writes = writes;
    this.clock = clock;
    this.echoTraceIds = echoTraceIds;
  }

  FakeResponse create(ObjectType type, JsonNode inputs) {
    BatchEnvelope env = new BatchEnvelope(clock.instant());
    if (!multiStatus(inputs)) {
      Set<String> taken = new HashSet<>();
      for (JsonNode in : inputs) {
        writes.check(type, in, taken);
      }
      for (JsonNode in : inputs) {
        StoredObject o = writes.create(type, in);
        env.results().add(o.toJson(o.properties().keySet()));
      }
      return env.reply(201);
    }
    for (JsonNode in : inputs) {
      String trace = traceId(in);
      try {
        StoredObject o = writes.create(type, in);
        env.results().add(withTrace(o.toJson(o.properties().keySet()), trace));
      } catch (BadRequest e) {
        env.error(e, "objectWriteTraceId", trace);
      }
    }
    return env.reply(201);
  }

  FakeResponse upsert(ObjectType type, JsonNode inputs) {
    BatchHandler.requireDistinctIds(inputs);
    BatchEnvelope env = new BatchEnvelope(clock.instant());
    for (JsonNode in : inputs) {
      String id = in.path("id").asText();
      String trace = traceId(in);
      try {
        env.results().add(withTrace(upsertOne(type, in, id), trace));
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

  /** True when every input has a distinct {@code objectWriteTraceId}. */
  private static boolean multiStatus(JsonNode inputs) {
    Set<String> seen = new HashSet<>();
    for (JsonNode in : inputs) {
      String trace = traceId(in);
      if (trace == null || !seen.add(trace)) {
        return false;
      }
    }
    return !inputs.isEmpty();
  }

  /** The input's {@code objectWriteTraceId}, or null. */
  private static String traceId(JsonNode input) {
    return input.hasNonNull("objectWriteTraceId") ? input.get("objectWriteTraceId").asText() : null;
  }

  /** Adds {@code traceId} to a result when the input had one and echoing is on. */
  private ObjectNode withTrace(ObjectNode result, String traceId) {
    if (echoTraceIds && traceId != null) {
      result.put("objectWriteTraceId", traceId);
    }
    return result;
  }
}
