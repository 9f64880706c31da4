package io.ikarus.connects.generic.internal.config;

import static io.ikarus.connects.generic.internal.config.ApiParser.path;

import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.config.Specs.Filters;
import io.ikarus.connects.generic.internal.config.Specs.ListSpec;
import io.ikarus.connects.generic.internal.config.Specs.Order;
import io.ikarus.connects.generic.internal.config.Specs.Pagination;
import io.ikarus.connects.generic.internal.config.Specs.Request;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Parses request templates (REST or GraphQL), pagination and filters. */
final class RequestParser {

  private static final Set<String> REST =
      Set.of("method", "path", "query", "headers", "body", "records", "record", "id", "cost");
  private static final Set<String> GRAPHQL =
      Set.of("document", "variables", "headers", "records", "record", "id", "cost");
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> PAGINATION =
      Set.of(
          "type",
          "in",
          "offsetParam",
          "limitParam",
          "pageParam",
          "sizeParam",
          "pageSize",
          "start",
          "tokenPath",
          "nextTokenPath",
          "tokenParam",
          "urlPath",
          "rel",
          "stop",
          "next",
          "connectionPath");
  private static final Set<String> TYPES =
      Set.of(
          "none",
          "offset",
          "page",
          "cursor",
          "next_url",
          "link_header",
          "page_then_cursor",
          "relay");
  private static final Set<String> STOP = Set.of("path", "equals");
  private static final Set<String> FILTERS =
      Set.of(
          "style",
          "params",
          "listSeparator",
          "bodyPath",
          "item",
          "ops",
          "param",
          "template",
          "where",
          "join",
          "quote",
          "escapes",
          "expressions",
          "order",
          "verify");
  private static final Set<String> ORDER =
      Set.of("param", "value", "directionParam", "asc", "desc");

  private final boolean graphql;
  private final String graphqlPath;

  RequestParser(boolean graphql, String graphqlPath) {
    this.graphql = graphql;
    this.graphqlPath = graphqlPath;
  }

  Set<String> keys(Set<String> extra) {
    Set<String> keys = new HashSet<>(graphql ? GRAPHQL : REST);
    keys.addAll(extra);
    return keys;
  }

  Set<String> listKeys() {
    return keys(Set.of("pagination", "filters"));
  }

  Request request(Node n, String defaultMethod) {
    if (graphql) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("query", n.str("document"));
      Object vars = n.raw("variables");
      if (vars != null && !(vars instanceof Map)) {
        throw new GenericConfigException(n.at("variables"), "must be an object", null);
      }
      body.put("variables", vars == null ? Map.of() : vars);
      return new Request(
          "POST",
          graphqlPath,
          Map.of(),
          n.strings("headers"),
          body,
          path(n, "records"),
          path(n, "record"),
          path(n, "id"),
          n.integer("cost", 1),
          // A query reads and may be sent twice; a mutation may not.
          !n.str("document").trim().startsWith("mutation"));
    }
    String method = n.choice("method", defaultMethod, METHODS);
    return new Request(
        method,
        n.str("path"),
        n.strings("query"),
        n.strings("headers"),
        n.raw("body"),
        path(n, "records"),
        path(n, "record"),
        path(n, "id"),
        n.integer("cost", 1),
        null);
  }

  ListSpec list(Node n) {
    Request request = request(n, "GET");
    Node paging = n.open("pagination");
    if (request.records() == null && paging != null && paging.has("connectionPath")) {
      String edges = paging.str("connectionPath") + ".edges[*].node";
      request =
          new Request(
              request.method(),
              request.path(),
              request.query(),
              request.headers(),
              request.body(),
              io.ikarus.connects.generic.internal.JsonPath.of(edges, n.at("records")),
              request.record(),
              request.id(),
              request.cost(),
              request.idempotent());
    }
    if (request.records() == null) {
      throw new GenericConfigException(n.at("records"), "is required for a list", null);
    }
    return new ListSpec(
        request,
        pagination(n.child("pagination", PAGINATION)),
        filters(n.child("filters", FILTERS)));
  }

  private Pagination pagination(Node n) {
    if (n == null) {
      return new Pagination(
          "none", "query", null, null, null, null, 100, 0, null, null, null, null, null, null, null,
          null);
    }
    String type = n.choice("type", null, TYPES);
    if (type == null) {
      throw new GenericConfigException(n.at("type"), "is required", null);
    }
    Node stop = n.child("stop", STOP);
    boolean relay = type.equals("relay");
    Node next = n.child("next", keys(Set.of()));
    Pagination p =
        new Pagination(
            type,
            n.choice("in", graphql ? "body" : "query", Set.of("query", "body")),
            n.str("offsetParam", null),
            n.str("limitParam", null),
            n.str("pageParam", null),
            n.str("sizeParam", null),
            n.positive("pageSize", 100),
            n.integer("start", type.equals("offset") ? 0 : 1),
            relay ? relayPath(n, ".pageInfo.endCursor") : path(n, "tokenPath"),
            path(n, "nextTokenPath"),
            n.str("tokenParam", null),
            path(n, "urlPath"),
            n.str("rel", "next"),
            relay
                ? relayPath(n, ".pageInfo.hasNextPage")
                : stop == null ? null : path(stop, "path"),
            relay ? Boolean.FALSE : stop == null ? null : stop.raw("equals"),
            next == null ? null : request(next, "GET"));
    requireFor(n, type);
    return p;
  }

  private static void requireFor(Node n, String type) {
    switch (type) {
      case "offset" -> n.str("offsetParam");
      case "page" -> n.str("pageParam");
      case "cursor" -> {
        n.str("tokenPath");
        n.str("tokenParam");
      }
      case "relay" -> {
        n.str("connectionPath");
        n.str("tokenParam");
      }
      case "next_url" -> n.str("urlPath");
      case "page_then_cursor" -> {
        n.str("pageParam");
        n.str("tokenPath");
        n.str("tokenParam");
      }
      default -> {}
    }
  }

  private Filters filters(Node n) {
    if (n == null) {
      return null;
    }
    String style =
        n.choice("style", graphql ? "body" : "query", Set.of("query", "body", "expression"));
    Node ops = n.open("ops");
    Node order = n.child("order", ORDER);
    Map<String, Object> opMap = new LinkedHashMap<>();
    if (ops != null) {
      ops.keys().forEach(k -> opMap.put(k, ops.raw(k)));
    }
    if (style.equals("expression")) {
      n.str("template");
    }
    if (style.equals("body")) {
      n.str("bodyPath");
    }
    return new Filters(
        style,
        n.strings("params"),
        n.str("listSeparator", ","),
        n.str("bodyPath", null),
        n.raw("item"),
        opMap,
        n.str("param", null),
        n.str("template", null),
        n.str("where", " WHERE "),
        n.str("join", " AND "),
        n.str("quote", "'"),
        n.strings("escapes"),
        n.strings("expressions"),
        order == null
            ? null
            : new Order(
                order.str("param", null),
                order.str("value", "${field}"),
                order.str("directionParam", null),
                order.str("asc", "asc"),
                order.str("desc", "desc")),
        n.bool("verify", false));
  }

  private static io.ikarus.connects.generic.internal.JsonPath relayPath(Node n, String suffix) {
    String base = n.str("connectionPath");
    return io.ikarus.connects.generic.internal.JsonPath.of(base + suffix, n.at("connectionPath"));
  }
}
