package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code POST /crm/v3/objects/{type}/batch/{create|read|update|upsert|archive}}, 100 inputs at
 * most. A batch create reports per-input failures (207) only when every input carries its own
 * {@code objectWriteTraceId}; without them one bad input fails the whole batch, as HubSpot does. An
 * upsert finds each input by its unique {@code idProperty}, updates or creates it, and says {@code
 * new} in each result. Create and upsert results may echo each input's {@code objectWriteTraceId}.
 * Created records are linked as each input's {@code associations} ask, checked before the write.
 */
public final class BatchHandler {

  private static final int MAX_INPUTS = 100;

  private final Records store;
  private final Writes writes;
  private final Associations associations;
  private final Clock clock;
  private volatile boolean echoTraceIds;

  /** A handler over {@code store}. */
  public BatchHandler(Records store, Writes writes, Associations associations, Clock clock) {
    this.store = store;
    this.writes = writes;
    this.associations = associations;
    this.clock = clock;
  }

  /**
   * Whether results carry back each input's {@code objectWriteTraceId}. Default false: HubSpot's v3
   * reference examples omit it from results, so a client must not rely on it.
   */
  public void echoTraceIds(boolean echo) {
    this.echoTraceIds = echo;
  }

  /** Runs {@code action} on the batch in {@code call}'s body; the reply counts its inputs. */
  public FakeResponse handle(ObjectType type, String action, FakeRequest call) {
    JsonNode body = Wire.parse(call.body());
    JsonNode inputs = body.path("inputs");
    if (!inputs.isArray()) {
      throw new BadRequest("Invalid input JSON: 'inputs' must be an array");
    }
    if (inputs.size() > MAX_INPUTS) {
      throw new BadRequest(
          "Batch input limit exceeded: %d inputs were sent; the limit is %d"
              .formatted(inputs.size(), MAX_INPUTS));
    }
    if (action.equals("update") || action.equals("upsert")) {
      requireDistinctIds(inputs);
    }
    FakeResponse reply =
        switch (action) {
          case "create" -> create(type, inputs);
          case "update" -> each(inputs, 200, false, false, in -> updateOne(type, in));
          case "upsert" -> each(inputs, 200, true, false, in -> upsertOne(type, in));
          case "read" -> read(type, body, "true".equals(call.param("archived")));
          case "archive" -> archive(type, inputs);
          default -> throw new BadRequest(404, null, "Unknown batch action: " + action);
        };
    return reply.records(inputs.size());
  }

  private FakeResponse create(ObjectType type, JsonNode inputs) {
    boolean perInput = multiStatus(inputs);
    if (!perInput) {
      Set<String> taken = new HashSet<>();
      for (JsonNode in : inputs) {
        writes.check(type, in, taken);
        associations.check(type, in);
      }
    }
    return each(
        inputs,
        201,
        perInput,
        !perInput,
        in -> type.toJson(associations.create(type, in, i -> writes.create(type, i))));
  }

  private ObjectNode updateOne(ObjectType type, JsonNode in) {
    String id = in.path("id").asText();
    StoredRecord o = writes.locate(type, id, in.path("idProperty").asText(null));
    return type.toJson(writes.update(type, Wire.existing(o), in));
  }

  /**
   * Writes each input, echoing its trace id when {@code traced}. A failed input fails the whole
   * batch when {@code atomic}, else is reported under its trace id ({@code traced}) or its id.
   */
  private FakeResponse each(
      JsonNode inputs,
      int okStatus,
      boolean traced,
      boolean atomic,
      Function<JsonNode, ObjectNode> write) {
    BatchEnvelope env = new BatchEnvelope(clock.instant());
    for (JsonNode in : inputs) {
      String id = in.path("id").asText();
      String trace = traced ? in.path("objectWriteTraceId").asText(null) : null;
      try {
        env.results().add(withTrace(write.apply(in), trace));
      } catch (BadRequest e) {
        if (atomic) {
          throw e;
        }
        env.error(
            e, trace == null ? "ids" : "objectWriteTraceId", List.of(trace == null ? id : trace));
      }
    }
    return env.reply(okStatus);
  }

  private ObjectNode upsertOne(ObjectType type, JsonNode in) {
    String id = in.path("id").asText();
    String idProperty = in.path("idProperty").asText("");
    if (idProperty.isEmpty()) {
      throw new BadRequest("idProperty is required for upsert inputs");
    }
    writes.requireUniqueProperty(type, idProperty);
    if (id.isEmpty()) {
      throw new BadRequest("id is required for upsert inputs");
    }
    ObjectNode input = in.deepCopy();
    ObjectNode props =
        input.has("properties") && input.get("properties").isObject()
            ? (ObjectNode) input.get("properties")
            : input.putObject("properties");
    props.put(idProperty, id);
    Writes.Upserted done = writes.upsert(type, idProperty, id, input);
    return type.toJson(done.record()).put("new", done.created());
  }

  /** True when every input has a distinct {@code objectWriteTraceId}. */
  private static boolean multiStatus(JsonNode inputs) {
    Set<String> seen = new HashSet<>();
    for (JsonNode in : inputs) {
      String trace = in.path("objectWriteTraceId").asText(null);
      if (trace == null || !seen.add(trace)) {
        return false;
      }
    }
    return !inputs.isEmpty();
  }

  /** Adds {@code traceId} to a result when the input had one and echoing is on. */
  private ObjectNode withTrace(ObjectNode result, String traceId) {
    if (echoTraceIds && traceId != null) {
      result.put("objectWriteTraceId", traceId);
    }
    return result;
  }

  private FakeResponse read(ObjectType type, JsonNode body, boolean archived) {
    String idProperty = body.path("idProperty").asText(null);
    List<String> props = body.path("properties").valueStream().map(JsonNode::asText).toList();
    BatchEnvelope env = new BatchEnvelope(clock.instant());
    List<String> missing = new ArrayList<>();
    for (JsonNode in : body.path("inputs")) {
      String id = in.path("id").asText();
      StoredRecord o = writes.read(type, id, idProperty, archived);
      if (o == null) {
        missing.add(id);
      } else {
        env.results().add(type.toJson(o, props));
      }
    }
    if (!missing.isEmpty()) {
      String message =
          "Could not get some %s objects, they may be deleted or not exist."
              + " Check that ids are valid.";
      env.error(
          new BadRequest(404, "OBJECT_NOT_FOUND", message.formatted(type.label())), "ids", missing);
    }
    return env.reply(200);
  }

  private FakeResponse archive(ObjectType type, JsonNode inputs) {
    for (JsonNode in : inputs) {
      store.archive(type, in.path("id").asText());
    }
    return FakeResponse.empty(204);
  }

  /** Throws a 400 when two inputs name the same id. */
  private static void requireDistinctIds(JsonNode inputs) {
    Set<String> seen = new HashSet<>();
    Set<String> dupes = new TreeSet<>();
    for (JsonNode in : inputs) {
      String id = in.path("id").asText();
      if (!seen.add(id.toLowerCase(Locale.ROOT))) {
        dupes.add(id);
      }
    }
    if (!dupes.isEmpty()) {
      throw new BadRequest("Duplicate IDs found in batch input: " + dupes + ". IDs must be unique");
    }
  }
}
