package io.ikarus.connects.testkit.internal.monday;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Parses, validates (against the schema in {@code schema.graphqls}), prices and executes one
 * GraphQL request with graphql-java. Requests run one at a time, so concurrent writes on a board
 * apply in a well-defined order.
 */
public final class MondayGraphQl {

  private static final String SCHEMA = "/io/ikarus/connects/testkit/monday/schema.graphqls";

  private final GraphQL graphQl;

  /**
   * The outcome of one request.
   *
   * @param body the JSON response body as a map
   * @param complexity the query's complexity, or -1 when it was refused before pricing
   * @param retryAfterSeconds the Retry-After seconds to send, or 0
   * @param rootFields the operation's root fields, or null when the document did not validate
   */
  public record Outcome(
      Map<String, Object> body, long complexity, int retryAfterSeconds, List<String> rootFields) {}

  /** Builds the engine over {@code store} with the given limits. */
  public MondayGraphQl(
      MondayStore store, long budget, Duration window, long maxQuery, Duration cursorTtl) {
    CursorRegistry cursors = new CursorRegistry(store.clock(), cursorTtl);
    MondayQueries queries = new MondayQueries(store, cursors);
    MondayMutations mutations = new MondayMutations(store);
    RuntimeWiring.Builder wiring =
        RuntimeWiring.newRuntimeWiring()
            .scalar(MondayScalars.JSON)
            .scalar(MondayScalars.COMPARE_VALUE)
            .scalar(MondayScalars.DATE)
            .scalar(MondayScalars.ISO_DATE_TIME)
            .type("Query", queries::wiring)
            .type("Mutation", mutations::wiring);
    GraphQLSchema schema =
        new SchemaGenerator()
            .makeExecutableSchema(
                new SchemaParser().parse(schemaText()),
                new MondayTypes(store, queries).wiring(wiring).build());
    this.graphQl =
        GraphQL.newGraphQL(schema)
            .instrumentation(
                new ComplexityInstrumentation(
                    CostBudget.window(store.clock(), window, budget), maxQuery))
            .defaultDataFetcherExceptionHandler(new MondayErrorHandler())
            .build();
  }

  /** Executes a request; never throws for a bad document (that is an error in the body). */
  public synchronized Outcome execute(
      String query, Map<String, Object> variables, String operationName) {
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(query)
            .variables(variables == null ? Map.of() : variables)
            .operationName(operationName)
            .build();
    ExecutionResult result = graphQl.execute(input);
    ComplexityInstrumentation.Charge charge =
        input.getGraphQLContext().get(ComplexityInstrumentation.CHARGE);
    Map<String, Object> body = new LinkedHashMap<>();
    if (result.isDataPresent()) {
      body.put("data", result.getData());
    }
    if (!result.getErrors().isEmpty()) {
      body.put("errors", errors(result.getErrors()));
    }
    body.put("extensions", Map.of("request_id", UUID.randomUUID().toString()));
    body.put("account_id", 1);
    boolean refused = charge != null && !charge.accepted();
    return new Outcome(
        body,
        charge == null ? -1 : charge.query(),
        refused ? charge.resetInSeconds() : 0,
        input.getGraphQLContext().get(ComplexityInstrumentation.ROOT_FIELDS));
  }

  private static List<Map<String, Object>> errors(List<GraphQLError> errors) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (GraphQLError error : errors) {
      Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
      Map<String, Object> extensions = new LinkedHashMap<>();
      if (spec.get("extensions") instanceof Map<?, ?> existing) {
        existing.forEach((k, v) -> extensions.put(k.toString(), v));
      }
      extensions.putIfAbsent("code", defaultCode(error));
      extensions.remove("classification");
      spec.put("extensions", extensions);
      list.add(spec);
    }
    return list;
  }

  private static String defaultCode(GraphQLError error) {
    String type = String.valueOf(error.getErrorType());
    return type.equals("InvalidSyntax") ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED";
  }

  private static String schemaText() {
    try (InputStream in = MondayGraphQl.class.getResourceAsStream(SCHEMA)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
