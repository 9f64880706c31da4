package io.ikarus.connects.generic.internal.config;

import static io.ikarus.connects.generic.internal.config.ApiParser.path;

import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.JsonPath;
import io.ikarus.connects.generic.internal.config.Specs.Batch;
import io.ikarus.connects.generic.internal.config.Specs.BatchOp;
import io.ikarus.connects.generic.internal.config.Specs.Deletions;
import io.ikarus.connects.generic.internal.config.Specs.Incremental;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import io.ikarus.connects.generic.internal.config.Specs.Request;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses one entry of {@code objects}. */
final class ObjectParser {

  static final Set<String> OBJECT =
      Set.of(
          "id",
          "fields",
          "fieldList",
          "modifiedAt",
          "modifiedAtFormat",
          "fieldNames",
          "fieldPaths",
          "schema",
          "maxPageSize",
          "list",
          "search",
          "get",
          "create",
          "update",
          "delete",
          "upsert",
          "batch",
          "incremental",
          "deletions");
  static final List<String> OPS = List.of("get", "create", "update", "delete", "upsert");
  private static final Set<String> FIELD_LIST = Set.of("path", "key", "value");
  private static final Set<String> INCREMENTAL =
      Set.of("field", "in", "param", "format", "overlap");
  private static final Set<String> DELETIONS =
      Set.of("type", "field", "value", "list", "id", "at", "param", "format");
  private static final Set<String> BATCH =
      Set.of("maxSize", "concurrency", "create", "update", "upsert", "delete");
  private static final Set<String> BATCH_EXTRA =
      Set.of(
          "item",
          "results",
          "match",
          "matchPath",
          "matchInput",
          "errors",
          "errorMatch",
          "errorMessage",
          "errorField",
          "splitOnFailure");

  private final RequestParser requests;

  ObjectParser(boolean graphql, String graphqlPath) {
    this.requests = new RequestParser(graphql, graphqlPath);
  }

  ObjectSpec parse(String name, Node n) {
    Node fieldList = n.child("fieldList", FIELD_LIST);
    int maxPage = n.positive("maxPageSize", 100);
    Map<String, Request> ops = new LinkedHashMap<>();
    for (String op : OPS) {
      Node r = n.child(op, requests.keys(Set.of()));
      if (r != null) {
        ops.put(op, requests.request(r, "GET"));
      }
    }
    Node list = n.child("list", requests.listKeys());
    Node search = n.child("search", requests.listKeys());
    return new ObjectSpec(
        name,
        JsonPath.of(n.str("id", "id"), n.at("id")),
        JsonPath.of(n.str("fields", "$"), n.at("fields")),
        fieldList == null ? null : JsonPath.of(fieldList.str("path"), fieldList.at("path")),
        fieldList == null ? null : fieldList.str("key"),
        fieldList == null ? null : fieldList.str("value"),
        path(n, "modifiedAt"),
        n.str("modifiedAtFormat", "iso"),
        n.strings("fieldNames"),
        fieldPaths(n),
        n.strings("schema"),
        maxPage,
        list == null ? null : requests.list(list),
        search == null ? null : requests.list(search),
        Map.copyOf(ops),
        batch(n.child("batch", BATCH)),
        incremental(n.child("incremental", INCREMENTAL)),
        deletions(n.child("deletions", DELETIONS)));
  }

  private static Map<String, List<JsonPath>> fieldPaths(Node n) {
    Node paths = n.open("fieldPaths");
    Map<String, List<JsonPath>> out = new LinkedHashMap<>();
    if (paths != null) {
      for (String field : paths.keys()) {
        List<String> texts =
            paths.raw(field) instanceof String s ? List.of(s) : paths.strList(field);
        out.put(field, texts.stream().map(t -> JsonPath.of(t, paths.at(field))).toList());
      }
    }
    return out;
  }

  private Batch batch(Node n) {
    if (n == null) {
      return new Batch(1, 4, Map.of());
    }
    Map<String, BatchOp> ops = new LinkedHashMap<>();
    for (String op : List.of("create", "update", "upsert", "delete")) {
      Node o = n.child(op, requests.keys(BATCH_EXTRA));
      if (o != null) {
        ops.put(op, batchOp(o));
      }
    }
    if (!ops.isEmpty() && !n.has("maxSize")) {
      missingMax(n);
    }
    return new Batch(n.positive("maxSize", 1), n.positive("concurrency", 4), Map.copyOf(ops));
  }

  private static void missingMax(Node n) {
    throw new GenericConfigException(n.at("maxSize"), "is required with batch endpoints", null);
  }

  private BatchOp batchOp(Node o) {
    return new BatchOp(
        requests.request(o, "POST"),
        o.raw("item"),
        path(o, "results"),
        o.choice("match", "order", Set.of("order", "path", "id", "field")),
        path(o, "matchPath"),
        o.str("matchInput", null),
        path(o, "errors"),
        path(o, "errorMatch"),
        path(o, "errorMessage"),
        path(o, "errorField"),
        o.bool("splitOnFailure", true));
  }

  private static Incremental incremental(Node n) {
    if (n == null) {
      return null;
    }
    String in = n.choice("in", "filter", Set.of("filter", "query", "header", "client"));
    if ((in.equals("query") || in.equals("header")) && !n.has("param")) {
      throw new GenericConfigException(n.at("param"), "is required when in is " + in, null);
    }
    return new Incremental(
        n.str("field", null), in, n.str("param", null), n.str("format", "iso"), overlap(n));
  }

  private static Duration overlap(Node n) {
    String s = n.str("overlap", "PT0S");
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new GenericConfigException(n.at("overlap"), "must be an ISO-8601 duration", null);
    }
  }

  private Deletions deletions(Node n) {
    if (n == null) {
      return new Deletions("none", null, null, null, null, null, null, null);
    }
    String type = n.choice("type", null, Set.of("none", "flag", "endpoint"));
    if (type == null) {
      throw new GenericConfigException(n.at("type"), "is required", null);
    }
    Node list = n.child("list", requests.listKeys());
    if (type.equals("endpoint") && list == null) {
      throw new GenericConfigException(n.at("list"), "is required for type endpoint", null);
    }
    if (type.equals("flag") && !n.has("field")) {
      throw new GenericConfigException(n.at("field"), "is required for type flag", null);
    }
    return new Deletions(
        type,
        n.str("field", null),
        n.raw("value") == null ? Boolean.TRUE : n.raw("value"),
        list == null ? null : requests.list(list),
        JsonPath.of(n.str("id", "id"), n.at("id")),
        path(n, "at"),
        n.str("param", null),
        n.str("format", "iso"));
  }
}
