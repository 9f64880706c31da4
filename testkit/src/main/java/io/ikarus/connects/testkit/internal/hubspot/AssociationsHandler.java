package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Associations v4: {@code /crm/v4/objects/{from}/{fromId}/associations/...}. */
public final class AssociationsHandler {

  private final Schema schema;
  private final Associations associations;
  private final Clock clock;

  /** A handler over {@code associations}. */
  public AssociationsHandler(Schema schema, Associations associations, Clock clock) {
    this.schema = schema;
    this.associations = associations;
    this.clock = clock;
  }

  /** Routes a v4 call whose path starts {@code crm/v4/objects/{from}/{fromId}/associations}. */
  public FakeResponse handle(FakeRequest call) {
    ObjectType from = schema.type(call.segment(3));
    String fromId = call.segment(4);
    boolean isDefault = "default".equals(call.segment(6));
    int at = isDefault ? 7 : 6;
    ObjectType to = schema.type(requireSegment(call, at));
    String toId = call.segment(at + 1);
    requireNumeric(fromId);
    return switch (call.method()) {
      case "PUT" ->
          isDefault
              ? putDefault(from, fromId, to, requireNumeric(toId))
              : putLabelled(from, fromId, to, requireNumeric(toId), call.body());
      case "GET" -> list(from, fromId, to, call);
      case "DELETE" -> {
        associations.remove(from, fromId, to, requireNumeric(toId));
        yield FakeResponse.empty(204);
      }
      default -> throw new BadRequest(405, null, "Method " + call.method() + " not allowed");
    };
  }

  private FakeResponse putDefault(ObjectType from, String fromId, ObjectType to, String toId) {
    associations.associateDefault(from, fromId, to, toId);
    ObjectNode out = Json.object();
    out.put("status", "COMPLETE");
    ArrayNode results = out.putArray("results");
    result(results, fromId, toId, Associations.defaultTypeId(from, to));
    result(results, toId, fromId, Associations.defaultTypeId(to, from));
    String now = Bodies.iso(clock.instant());
    out.put("startedAt", now).put("completedAt", now);
    return FakeResponse.json(200, out);
  }

  private static void result(ArrayNode results, String fromId, String toId, int typeId) {
    ObjectNode r = results.addObject();
    r.putObject("from").put("id", fromId);
    r.putObject("to").put("id", toId);
    r.putObject("associationSpec")
        .put("associationCategory", "HUBSPOT_DEFINED")
        .put("associationTypeId", typeId);
  }

  private FakeResponse putLabelled(
      ObjectType from, String fromId, ObjectType to, String toId, String body) {
    JsonNode specs = Bodies.parse(body);
    if (!specs.isArray() || specs.isEmpty()) {
      throw new BadRequest("Invalid input JSON: expected a non-empty array of association specs");
    }
    List<Associations.Spec> list = new ArrayList<>();
    for (JsonNode s : specs) {
      if (!s.hasNonNull("associationTypeId") || !s.hasNonNull("associationCategory")) {
        throw new BadRequest(
            "Each association spec needs associationCategory and associationTypeId");
      }
      list.add(
          new Associations.Spec(
              s.get("associationCategory").asText(), s.get("associationTypeId").asInt()));
    }
    associations.associate(from, fromId, to, toId, list);
    ObjectNode out = Json.object();
    out.put("fromObjectTypeId", from.id()).put("fromObjectId", Long.parseLong(fromId));
    out.put("toObjectTypeId", to.id()).put("toObjectId", Long.parseLong(toId));
    out.putArray("labels");
    return FakeResponse.json(201, out);
  }

  private FakeResponse list(ObjectType from, String fromId, ObjectType to, FakeRequest call) {
    ObjectNode out = Json.object();
    ArrayNode results = out.putArray("results");
    for (Map.Entry<Long, Set<Associations.Spec>> e :
        associations.list(from, fromId, to).entrySet()) {
      ObjectNode r = results.addObject();
      r.put("toObjectId", e.getKey());
      ArrayNode types = r.putArray("associationTypes");
      e.getValue()
          .forEach(
              s ->
                  types
                      .addObject()
                      .put("category", s.category())
                      .put("typeId", s.typeId())
                      .putNull("label"));
    }
    return FakeResponse.json(200, out);
  }

  private static String requireSegment(FakeRequest call, int index) {
    String s = call.segment(index);
    if (s == null) {
      throw new BadRequest(404, null, "Not found: /" + String.join("/", call.segments()));
    }
    return s;
  }

  private static String requireNumeric(String id) {
    if (id == null || !id.matches("\\d+")) {
      throw new BadRequest("Object ids must be numeric, got: " + id);
    }
    return id;
  }
}
