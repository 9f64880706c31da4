package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Associations v4 ({@code /crm/v4/objects/{from}/{fromId}/associations/...}): links between
 * records, directional and typed like HubSpot's, each direction with its own association type id.
 * Thread-safe.
 */
public final class Associations {

  /** A typed link: category and type id, as a v4 reply's {@code associationSpec}. */
  private record Spec(String associationCategory, int associationTypeId) {}

  /** A spec as a list reply's {@code associationTypes} entry (the fake keeps no labels). */
  private record Type(String category, int typeId, String label) {
    static Type of(Spec spec) {
      return new Type(spec.associationCategory(), spec.associationTypeId(), null);
    }
  }

  /** A record as the {@code from} or {@code to} of a link. */
  private record Id(String id) {}

  /** One link of a default-association reply. */
  private record Link(Id from, Id to, Spec associationSpec) {}

  /** The reply to a default association: both links. */
  private record Completed(
      String status, List<Link> results, String startedAt, String completedAt) {}

  /** The reply to a labelled association. */
  private record Labelled(
      String fromObjectTypeId,
      long fromObjectId,
      String toObjectTypeId,
      long toObjectId,
      List<String> labels) {}

  /** One linked record of a list reply. */
  private record Linked(long toObjectId, List<Type> associationTypes) {}

  /** HubSpot's default association type ids, by {@code fromTypeId>toTypeId}. */
  private static final Map<String, Integer> DEFAULT_TYPES =
      Json.resource(
          "/io/ikarus/connects/testkit/hubspot/default-association-types.json",
          new TypeReference<Map<String, Integer>>() {});

  private final Schema schema;
  private final Records store;
  private final Clock clock;
  private final Map<String, TreeMap<Long, Set<Spec>>> links = new HashMap<>();

  /** Associations between records of {@code store}, stamped from {@code clock}. */
  public Associations(Schema schema, Records store, Clock clock) {
    this.schema = schema;
    this.store = store;
    this.clock = clock;
  }

  /** Routes a v4 call whose path starts {@code crm/v4/objects/{from}/{fromId}/associations}. */
  public FakeResponse handle(FakeRequest call) {
    ObjectType from = schema.type(call.segment(3));
    String fromId = call.segment(4);
    boolean isDefault = "default".equals(call.segment(6));
    int at = isDefault ? 7 : 6;
    if (call.segment(at) == null) {
      throw new BadRequest(404, null, "Not found: /" + String.join("/", call.segments()));
    }
    ObjectType to = schema.type(call.segment(at));
    String toId = call.segment(at + 1);
    requireNumeric(fromId);
    return switch (call.method()) {
      case "PUT" ->
          isDefault
              ? putDefault(from, fromId, to, requireNumeric(toId))
              : putLabelled(from, fromId, to, requireNumeric(toId), call.body());
      case "GET" -> list(from, fromId, to);
      case "DELETE" -> remove(from, fromId, to, requireNumeric(toId));
      default -> throw new BadRequest(405, null, "Method " + call.method() + " not allowed");
    };
  }

  private FakeResponse putDefault(ObjectType from, String fromId, ObjectType to, String toId) {
    associate(from, fromId, to, toId, List.of());
    String now = Wire.iso(clock.instant());
    List<Link> results =
        List.of(
            new Link(new Id(fromId), new Id(toId), defaultSpec(from, to)),
            new Link(new Id(toId), new Id(fromId), defaultSpec(to, from)));
    return FakeResponse.json(200, new Completed("COMPLETE", results, now, now));
  }

  private FakeResponse putLabelled(
      ObjectType from, String fromId, ObjectType to, String toId, String body) {
    JsonNode specs = Wire.parse(body);
    if (!specs.isArray() || specs.isEmpty()) {
      throw new BadRequest("Invalid input JSON: expected a non-empty array of association specs");
    }
    List<Spec> list = new ArrayList<>();
    for (JsonNode s : specs) {
      if (!s.hasNonNull("associationTypeId") || !s.hasNonNull("associationCategory")) {
        throw new BadRequest(
            "Each association spec needs associationCategory and associationTypeId");
      }
      list.add(new Spec(s.get("associationCategory").asText(), s.get("associationTypeId").asInt()));
    }
    associate(from, fromId, to, toId, list);
    return FakeResponse.json(
        201,
        new Labelled(from.id(), Long.parseLong(fromId), to.id(), Long.parseLong(toId), List.of()));
  }

  /** The live records of type {@code to} linked from a record, in id order, with their specs. */
  private synchronized FakeResponse list(ObjectType from, String fromId, ObjectType to) {
    Wire.existing(store.find(from, fromId));
    List<Linked> results =
        links.getOrDefault(key(from, fromId, to), new TreeMap<>()).entrySet().stream()
            .filter(e -> store.find(to, e.getKey().toString()) != null)
            .map(e -> new Linked(e.getKey(), e.getValue().stream().map(Type::of).toList()))
            .toList();
    return FakeResponse.json(200, Map.of("results", results));
  }

  private static String requireNumeric(String id) {
    if (id == null || !id.matches("\\d+")) {
      throw new BadRequest("Object ids must be numeric, got: " + id);
    }
    return id;
  }

  /** The default (unlabelled) association from {@code from} to {@code to}. */
  private static Spec defaultSpec(ObjectType from, ObjectType to) {
    Integer known = DEFAULT_TYPES.get(from.id() + ">" + to.id());
    int typeId =
        known != null ? known : 1000 + Math.floorMod((from.id() + ">" + to.id()).hashCode(), 9000);
    return new Spec("HUBSPOT_DEFINED", typeId);
  }

  /**
   * Links two live records both ways with the default types, and with {@code specs} from {@code
   * from} to {@code to}; 404 when either is missing.
   */
  private synchronized void associate(
      ObjectType from, String fromId, ObjectType to, String toId, Iterable<Spec> specs) {
    Wire.existing(store.find(from, fromId));
    Wire.existing(store.find(to, toId));
    add(from, fromId, to, toId, defaultSpec(from, to));
    add(to, toId, from, fromId, defaultSpec(to, from));
    specs.forEach(s -> add(from, fromId, to, toId, s));
  }

  /** Removes every link between two records, both ways: 204. */
  private synchronized FakeResponse remove(
      ObjectType from, String fromId, ObjectType to, String toId) {
    links.getOrDefault(key(from, fromId, to), new TreeMap<>()).remove(Long.parseLong(toId));
    links.getOrDefault(key(to, toId, from), new TreeMap<>()).remove(Long.parseLong(fromId));
    return FakeResponse.empty(204);
  }

  /**
   * Creates a record from a create {@code input} with {@code create} and links it as the input's
   * {@code associations} ask. The links are checked first (type ids valid from {@code type},
   * targets live), so a bad one writes nothing.
   */
  public StoredRecord create(
      ObjectType type, JsonNode input, Function<JsonNode, StoredRecord> create) {
    List<Planned> planned = plan(type, input);
    StoredRecord record = create.apply(input);
    planned.forEach(p -> associate(type, record.id(), p.to(), p.toId(), List.of(p.spec())));
    return record;
  }

  /**
   * Checks a create {@code input}'s {@code associations} as {@link #create} does; writes nothing.
   */
  public void check(ObjectType type, JsonNode input) {
    plan(type, input);
  }

  /** One link a create input asks for. */
  private record Planned(ObjectType to, String toId, Spec spec) {}

  private List<Planned> plan(ObjectType from, JsonNode input) {
    List<Planned> planned = new ArrayList<>();
    for (JsonNode a : input.path("associations")) {
      String toId = a.path("to").path("id").asText("");
      if (!toId.matches("\\d+")) {
        throw new BadRequest(
            "associations[].to.id must be a numeric record id, got: '" + toId + "'");
      }
      for (JsonNode t : a.path("types")) {
        Spec spec =
            new Spec(
                t.path("associationCategory").asText("HUBSPOT_DEFINED"),
                t.path("associationTypeId").asInt());
        ObjectType to = targetOf(from, spec.associationTypeId());
        Wire.existing(store.find(to, toId));
        planned.add(new Planned(to, toId, spec));
      }
    }
    return planned;
  }

  private ObjectType targetOf(ObjectType from, int typeId) {
    for (var e : DEFAULT_TYPES.entrySet()) {
      if (e.getValue() == typeId && e.getKey().startsWith(from.id() + ">")) {
        return schema.type(e.getKey().substring(e.getKey().indexOf('>') + 1));
      }
    }
    throw new BadRequest("Association type id " + typeId + " is not valid from " + from.name());
  }

  private void add(ObjectType from, String fromId, ObjectType to, String toId, Spec spec) {
    links
        .computeIfAbsent(key(from, fromId, to), k -> new TreeMap<>())
        .computeIfAbsent(Long.parseLong(toId), k -> new LinkedHashSet<>())
        .add(spec);
  }

  private static String key(ObjectType from, String fromId, ObjectType to) {
    return from.id() + '/' + fromId + '>' + to.id();
  }
}
