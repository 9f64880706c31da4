package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** {@code batch/create}: all-or-nothing, or per input (207) when every input has a trace id. */
final class BatchCreate {

  private final Writes writes;
  private final Clock clock;
  private final boolean echoTraceIds;

  BatchCreate(Writes writes, Clock clock, boolean echoTraceIds) {
    this.writes = writes;
    this.clock = clock;
    this.echoTraceIds = echoTraceIds;
  }

  FakeResponse run(ObjectType type, JsonNode inputs) {
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
      String trace = BatchHandler.traceId(in);
      try {
        StoredObject o = writes.create(type, in);
        env.results()
            .add(BatchHandler.withTrace(o.toJson(o.properties().keySet()), trace, echoTraceIds));
      } catch (BadRequest e) {
        env.error(e, "objectWriteTraceId", trace);
      }
    }
    return env.reply(201);
  }

  /** True when every input has a distinct {@code objectWriteTraceId}. */
  private static boolean multiStatus(JsonNode inputs) {
    Set<String> seen = new HashSet<>();
    for (JsonNode in : inputs) {
      String trace = BatchHandler.traceId(in);
      if (trace == null || !seen.add(trace)) {
        return false;
      }
    }
    return !inputs.isEmpty();
  }
}
