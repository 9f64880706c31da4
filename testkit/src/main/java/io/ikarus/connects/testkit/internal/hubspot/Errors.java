package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.UUID;

/**
 * HubSpot's error bodies: {@code status}, {@code message}, {@code correlationId}, {@code category},
 * and optional {@code errors} details.
 */
public final class Errors {

  private Errors() {}

  /** The standard error body. */
  public static ObjectNode body(String category, String message, ArrayNode errors) {
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("message", message);
    n.put("correlationId", UUID.randomUUID().toString());
    if (category != null) {
      n.put("category", category);
    }
    if (errors != null && !errors.isEmpty()) {
      n.set("errors", errors);
    }
    return n;
  }

  /** The standard error as a reply, without detail errors. */
  public static FakeResponse reply(int status, String category, String message) {
    return FakeResponse.json(status, body(category, message, null));
  }

  /** The 404 for a record that does not exist. */
  public static BadRequest notFound(String id) {
    return new BadRequest(
        404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.");
  }

  /** The 429 body HubSpot sends when a rate limit is hit. */
  public static FakeResponse rateLimited(String policyName, String message) {
    ObjectNode n = body(null, message, null).put("errorType", "RATE_LIMIT");
    n.put("policyName", policyName).put("requestId", UUID.randomUUID().toString());
    return FakeResponse.json(429, n);
  }
}
