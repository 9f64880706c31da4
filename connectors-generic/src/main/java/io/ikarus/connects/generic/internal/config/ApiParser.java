package io.ikarus.connects.generic.internal.config;

import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.JsonPath;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.generic.internal.config.Specs.ErrorRule;
import io.ikarus.connects.generic.internal.config.Specs.GraphQlErrors;
import io.ikarus.connects.generic.internal.config.Specs.Limits;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses a whole configuration into {@link Api}, refusing unknown keys at every level. */
public final class ApiParser {

  private static final Set<String> ROOT =
      Set.of("name", "version", "type", "base", "auth", "limits", "errors", "graphql", "objects");
  private static final Set<String> BASE = Set.of("url", "headers");
  private static final Set<String> LIMITS =
      Set.of(
          "requestsPerWindow",
          "windowMs",
          "maxConcurrent",
          "remainingHeader",
          "limitHeader",
          "resetHeader",
          "resetUnit",
          "costBudget",
          "costWindowMs",
          "budgetPath");
  private static final Set<String> RULE = Set.of("when", "then", "wait", "message", "fieldPath");
  private static final Set<String> WHEN =
      Set.of("status", "jsonPath", "in", "bodyContains", "code");
  private static final Set<String> WAIT = Set.of("header", "jsonPath", "seconds");
  private static final Set<String> THEN =
      Set.of(
          "retry",
          "rate_limited",
          "refresh_auth",
          "not_found",
          "validation",
          "conflict",
          "permission",
          "fail",
          "ignore");
  private static final Set<String> GRAPHQL = Set.of("path", "codePath", "allowPartialData");

  private ApiParser() {}

  /**
   * Parses {@code config}.
   *
   * @param graphql true for a GraphQL connector (documents instead of request templates)
   * @throws GenericConfigException naming the key at fault
   */
  public static Api parse(Map<String, Object> config, boolean graphql) {
    Node root = Node.root(config, ROOT);
    root.choice("type", graphql ? "graphql" : "rest", Set.of(graphql ? "graphql" : "rest"));
    Node base = root.child("base", BASE);
    if (base == null) {
      throw new GenericConfigException("base", "is required (with base.url)", null);
    }
    Node auth = root.open("auth");
    Node objects = root.open("objects");
    if (objects == null || objects.keys().isEmpty()) {
      throw new GenericConfigException("objects", "must configure at least one object", null);
    }
    Map<String, ObjectSpec> specs = new LinkedHashMap<>();
    GraphQlErrors gql = graphqlErrors(root.child("graphql", GRAPHQL));
    ObjectParser parser = new ObjectParser(graphql, gql.path());
    for (String name : objects.keys()) {
      specs.put(name, parser.parse(name, objects.child(name, ObjectParser.OBJECT)));
    }
    return new Api(
        root.str("name", graphql ? "graphql" : "rest"),
        base.str("url"),
        base.strings("headers"),
        auth,
        limits(root.child("limits", LIMITS)),
        rules(root),
        gql,
        specs);
  }

  private static Limits limits(Node n) {
    if (n == null) {
      return new Limits(null, 1000, null, null, null, null, "seconds", null, 60_000, null);
    }
    return new Limits(
        n.positive("requestsPerWindow", null),
        n.positive("windowMs", 1000),
        n.positive("maxConcurrent", null),
        n.str("remainingHeader", null),
        n.str("limitHeader", null),
        n.str("resetHeader", null),
        n.choice("resetUnit", "seconds", Set.of("seconds", "epoch_seconds", "epoch_ms")),
        n.positive("costBudget", null),
        n.positive("costWindowMs", 60_000),
        path(n, "budgetPath"));
  }

  private static List<ErrorRule> rules(Node root) {
    List<ErrorRule> rules = new ArrayList<>();
    for (Node r : root.children("errors", RULE)) {
      Node when = r.child("when", WHEN);
      if (when == null) {
        throw new GenericConfigException(r.at("when"), "is required", null);
      }
      Node wait = r.child("wait", WAIT);
      List<String> in = new ArrayList<>();
      Object raw = when.raw("in");
      if (raw instanceof List<?> l) {
        l.forEach(v -> in.add(String.valueOf(v)));
      } else if (raw != null) {
        throw new GenericConfigException(when.at("in"), "must be an array", null);
      }
      rules.add(
          new ErrorRule(
              r.path(),
              when.intList("status"),
              path(when, "jsonPath"),
              in,
              when.str("bodyContains", null),
              when.strList("code"),
              r.choice("then", null, THEN) == null ? missing(r, "then") : r.str("then"),
              wait == null ? null : wait.str("header", null),
              wait == null ? null : path(wait, "jsonPath"),
              wait == null ? null : wait.integer("seconds", null),
              path(r, "message"),
              path(r, "fieldPath")));
    }
    return List.copyOf(rules);
  }

  private static GraphQlErrors graphqlErrors(Node n) {
    if (n == null) {
      return new GraphQlErrors("", JsonPath.of("$.extensions.code", "graphql.codePath"), false);
    }
    String code = n.str("codePath", "$.extensions.code");
    return new GraphQlErrors(
        n.str("path", ""), JsonPath.of(code, n.at("codePath")), n.bool("allowPartialData", false));
  }

  private static String missing(Node n, String key) {
    throw new GenericConfigException(n.at(key), "is required", null);
  }

  /** A JSON path at {@code key}, or null when absent. */
  static JsonPath path(Node n, String key) {
    String s = n.str(key, null);
    return s == null ? null : JsonPath.of(s, n.at(key));
  }
}
