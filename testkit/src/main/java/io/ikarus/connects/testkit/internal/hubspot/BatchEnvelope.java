package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Instant;

/**
 * HubSpot's batch response: {@code status}, {@code results}, and on partial failure {@code
 * numErrors} and {@code errors} with HTTP 207 Multi-Status.
 */
final class BatchEnvelope {

  private final ObjectNode body = Json.object();
  private final ArrayNode results;
  private final ArrayNode errors = Json.array();

  BatchEnvelope(Instant now) {
    body.put("status", "COMPLETE");
    results = body.putArray("results");
    String at = Wire.iso(now);
    body.put("requestedAt", at).put("startedAt", at).put("completedAt", at);
  }

  ArrayNode results() {
    return results;
  }

  /** Records one error: its category, message and details, naming the failed inputs. */
  void error(BadRequest cause, String contextKey, Iterable<String> inputs) {
    ObjectNode e = errors.addObject().put("status", "error");
    e.put("category", cause.category()).put("message", cause.getMessage());
    ArrayNode context = e.putObject("context").putArray(contextKey);
    inputs.forEach(context::add);
    if (cause.errors() != null && !cause.errors().isEmpty()) {
      e.set("errors", cause.errors());
    }
  }

  /** The reply: {@code okStatus} when nothing failed, else 207 with the errors. */
  FakeResponse reply(int okStatus) {
    if (errors.isEmpty()) {
      return FakeResponse.json(okStatus, body);
    }
    body.put("numErrors", errors.size());
    body.set("errors", errors);
    return FakeResponse.json(207, body);
  }
}
