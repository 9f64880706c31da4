package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code POST /crm/v3/objects/{type}/search}: filter groups (OR of ANDed filters), sorts, chosen
 * properties, 200 results per page at most, and no paging past the 10,000th result.
 */
public final class SearchHandler {

  /** The most filter groups, filters per group, and filters in all. */
  public static final int MAX_GROUPS = 5;

  /** The most filters in one group. */
  public static final int MAX_FILTERS_PER_GROUP = 10;

  /** The most filters in one request. */
  public static final int MAX_FILTERS = 25;

  /** The largest page. */
  public static final int MAX_LIMIT = 200;

  /** The most results one query can page through. */
  public static final int MAX_RESULTS = 10_000;

  private final Schema schema;
  private final Store store;

  /** A handler over {@code store}. */
  public SearchHandler(Schema schema, Store store) {
    this.schema = schema;
    this.store = store;
  }

  /** Runs a search. */
  public Reply search(ObjectType type, String body) {
    JsonNode req = Json.parse(body);
    int limit = req.path("limit").asInt(10);
    int after = parseAfter(req.path("after").asText("0"));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (after + limit > MAX_RESULTS) {
      throw new BadRequest(
          "The maximum number of results that can be paged through is "
              + MAX_RESULTS
              + "; after="
              + after
              + " and limit="
              + limit
              + " go beyond it");
    }
    Predicate<StoredObject> filter = filter(type, req.path("filterGroups"));
    String text = req.path("query").asText("");
    List<StoredObject> hits =
        store.select(
            type,
            o ->
                !o.archived() && filter.test(o) && (text.isEmpty() || matchesQuery(type, o, text)));
    hits.sort(sorts(type, req.path("sorts")));
    List<String> props = new ArrayList<>();
    req.path("properties").forEach(p -> props.add(p.asText()));
    ObjectNode out = Json.object();
    out.put("total", hits.size());
    ArrayNode results = out.putArray("results");
    int end = Math.min(hits.size(), after + limit);
    for (int i = after; i < end; i++) {
      results.add(hits.get(i).toJson(props));
    }
    if (end < hits.size()) {
      out.putObject("paging")
          .putObject("next")
          .put("after", Integer.toString(end))
          .put("link", "?after=" + end);
    }
    return Reply.json(200, Json.write(out));
  }

  private static int parseAfter(String after) {
    try {
      int n = Integer.parseInt(after);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest("Invalid paging cursor 'after': " + after);
    }
  }

  private Predicate<StoredObject> filter(ObjectType type, JsonNode groups) {
    if (groups.size() > MAX_GROUPS) {
      throw new BadRequest(
          "Too many filter groups: " + groups.size() + " (max " + MAX_GROUPS + ")");
    }
    int total = 0;
    List<List<FilterMatcher>> or = new ArrayList<>();
    for (JsonNode group : groups) {
      JsonNode filters = group.path("filters");
      if (filters.size() > MAX_FILTERS_PER_GROUP) {
        throw new BadRequest(
            "Too many filters in a group: "
                + filters.size()
                + " (max "
                + MAX_FILTERS_PER_GROUP
                + ")");
      }
      total += filters.size();
      List<FilterMatcher> and = new ArrayList<>();
      filters.forEach(f -> and.add(new FilterMatcher(f, property(type, f.path("propertyName")))));
      or.add(and);
    }
    if (total > MAX_FILTERS) {
      throw new BadRequest("Too many filters: " + total + " (max " + MAX_FILTERS + ")");
    }
    return o ->
        or.isEmpty() || or.stream().anyMatch(and -> and.stream().allMatch(f -> f.matches(o)));
  }

  private Comparator<StoredObject> sorts(ObjectType type, JsonNode sorts) {
    Comparator<StoredObject> c = (a, b) -> 0;
    for (JsonNode s : sorts) {
      PropertyDef def = property(type, s.path("propertyName"));
      Comparator<String> values = Comparator.nullsLast(FilterMatcher.comparator(def.type()));
      Comparator<StoredObject> one = Comparator.comparing(o -> o.value(def.name()), values);
      c =
          c.thenComparing(
              s.path("direction").asText("ASCENDING").equals("DESCENDING") ? one.reversed() : one);
    }
    return c.thenComparingLong(StoredObject::numericId);
  }

  private PropertyDef property(ObjectType type, JsonNode name) {
    PropertyDef def = schema.property(type, name.asText(""));
    if (def == null) {
      throw new BadRequest("Property '" + name.asText("") + "' does not exist on " + type.name());
    }
    return def;
  }

  private boolean matchesQuery(ObjectType type, StoredObject o, String text) {
    return type.defaultProperties().stream()
        .map(o::value)
        .anyMatch(v -> v != null && FilterMatcher.containsToken(v, "*" + text + "*"));
  }
}
