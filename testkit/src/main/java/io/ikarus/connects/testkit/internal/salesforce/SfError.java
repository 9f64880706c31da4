package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.List;

/**
 * One Salesforce error: code, message and (for field errors) the fields at fault.
 *
 * @param code the error code, e.g. {@code REQUIRED_FIELD_MISSING}
 * @param message the message
 * @param fields the fields at fault, or null when the error has no {@code fields} key
 */
record SfError(String code, String message, List<String> fields) {

  /** The error of a resource or record that does not exist. */
  static final SfError NOT_FOUND = of("NOT_FOUND", "The requested resource does not exist");

  static SfError of(String code, String message) {
    return new SfError(code, message, null);
  }

  static SfError field(String code, String message, String... fields) {
    return new SfError(code, message, List.of(fields));
  }

  /** The REST shape: {@code {"message","errorCode","fields"}}. */
  ObjectNode toRest() {
    ObjectNode node = Json.object().put("message", message).put("errorCode", code);
    return fields == null ? node : node.set("fields", Json.MAPPER.valueToTree(fields));
  }

  /** The sObject Collections shape: {@code {"statusCode","message","fields"}}. */
  ObjectNode toCollection() {
    ObjectNode node = Json.object().put("statusCode", code).put("message", message);
    return node.set("fields", Json.MAPPER.valueToTree(fields == null ? List.of() : fields));
  }

  /** The Bulk API 2.0 {@code sf__Error} text: {@code CODE:message:fields --}. */
  String toBulk() {
    return code + ":" + message + ":" + (fields == null ? "" : String.join(",", fields)) + " --";
  }

  /** A response whose body is the JSON array {@code [this]}. */
  FakeResponse response(int status) {
    return FakeResponse.json(status, Json.array().add(toRest()));
  }

  static FakeResponse notFound() {
    return NOT_FOUND.response(404);
  }

  static FakeResponse invalidSession() {
    return of("INVALID_SESSION_ID", "Session expired or invalid").response(401);
  }

  static FakeResponse methodNotAllowed(String method, String allowed) {
    return of(
            "METHOD_NOT_ALLOWED",
            "HTTP Method '" + method + "' not allowed. Allowed are " + allowed)
        .response(405);
  }
}
