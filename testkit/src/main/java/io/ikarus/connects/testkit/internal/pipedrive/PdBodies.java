package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;

/** Pipedrive's success envelope: {@code {success:true, data, additional_data?}}. */
final class PdBodies {

  private PdBodies() {}

  /** A 200 with {@code data} and {@code additional_data}. */
  static FakeResponse ok(JsonNode data, JsonNode additional) {
    return status(200, data, additional);
  }

  /** A response with {@code status}, {@code data} and optional {@code additional_data}. */
  static FakeResponse status(int status, JsonNode data, JsonNode additional) {
    ObjectNode body = Json.object();
    body.put("success", true);
    body.set("data", data);
    if (additional != null) {
      body.set("additional_data", additional);
    }
    return FakeResponse.json(status, body);
  }

  /** The delete answer: {@code {success:true, data:{id}}}. */
  static FakeResponse deleted(JsonNode id) {
    ObjectNode data = Json.object();
    data.set("id", id);
    return status(200, data, null);
  }
}
