package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.MondayCall;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Parses, validates (against the schema in {@code schema.graphqls}), prices and executes one
 * GraphQL request with graphql-java, and logs it as a {@link MondayCall} with its complexity.
 * Requests run one at a time, so concurrent writes on a board apply in a well-defined order.
 */
public final class MondayGraphQl {

  private static final String SCHEMA = "/io/ikarus/connects/testkit/monday/schema.graphqls";

  private final GraphQL graphQl;
  private final List<MondayCall> calls = new CopyOnWriteArrayList<>();

  /** Builds the engine over {@code store} with the given limits. */
  public MondayGraphQl(
      MondayStore store, long budget, Duration window, long maxQuery, Duration cursorTtl) {
    RuntimeWiring.Builder wiring =
        RuntimeWiring.newRuntimeWiring()
            .scalar(MondayScalars.JSON)
            .scalar(MondayScalars.COMPARE_VALUE)
            .scalar(MondayScalars.DATE)
            .scalar(MondayScalars.ISO_DATE_TIME);
    MondayResolvers resolvers =
        new MondayResolvers(store, new CursorRegistry(store.clock(), cursorTtl));
    GraphQLSchema schema =
        new SchemaGenerator().makeExecutableSchema(schema(), resolvers.wiring(wiring).build());
    this.graphQl =
        GraphQL.newGraphQL(schema)
            .instrumentation(
                new ComplexityInstrumentation(
                    CostBudget.window(store.clock(), window, budget), maxQuery))
            .defaultDataFetcherExceptionHandler(MondayGraphQl::resolverError)
            .build();
  }

  /**
   * Executes the request {@code json} (its raw {@code body} is journaled) and answers with HTTP
   * 200; a bad document is an error in the body, never an exception.
   */
  public synchronized FakeResponse execute(JsonNode json, String body) {
    String query = json.get("query").asText();
    String operationName =
        json.path("operationName").isTextual() ? json.get("operationName").asText() : null;
    @SuppressWarnings("unchecked")
    Map<String, Object> variables =
        json.path("variables").isObject()
            ? Json.MAPPER.convertValue(json.get("variables"), Map.class)
            : Map.of();
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(query)
            .variables(variables)
            .operationName(operationName)
            .build();
    ExecutionResult result = graphQl.execute(input);
    ComplexityInstrumentation.Charge charge =
        input.getGraphQLContext().get(ComplexityInstrumentation.CHARGE);
    Map<String, Object> response = new LinkedHashMap<>();
    if (result.isDataPresent()) {
      response.put("data", result.getData());
    }
    if (!result.getErrors().isEmpty()) {
      response.put("errors", result.getErrors().stream().map(MondayGraphQl::error).toList());
    }
    response.put("extensions", Map.of("request_id", UUID.randomUUID().toString()));
    response.put("account_id", 1);
    List<String> roots = rootFields(query, operationName);
    List<String> codes = result.getErrors().stream().map(MondayGraphQl::code).toList();
    calls.add(new MondayCall(200, roots, charge == null ? -1 : charge.query(), codes, body));
    FakeResponse reply =
        FakeResponse.json(200, response)
            .records((int) roots.stream().filter(ComplexityCosts.ITEM_MUTATIONS::contains).count());
    int retryAfter = charge != null && !charge.accepted() ? charge.resetInSeconds() : 0;
    return retryAfter > 0 ? reply.header("Retry-After", Integer.toString(retryAfter)) : reply;
  }

  /** The GraphQL requests executed so far. */
  public List<MondayCall> calls() {
    return List.copyOf(calls);
  }

  /** Turns a resolver's {@link MondayApiError} into a monday-shaped GraphQL error on its path. */
  private static CompletableFuture<DataFetcherExceptionHandlerResult> resolverError(
      DataFetcherExceptionHandlerParameters params) {
    MondayApiError error =
        params.getException() instanceof MondayApiError e ? e : MondayApiError.internal();
    GraphQLError graphQlError =
        GraphqlErrorBuilder.newError()
            .message(error.getMessage())
            .location(params.getSourceLocation())
            .path(params.getPath())
            .extensions(error.extensions())
            .build();
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult().error(graphQlError).build());
  }

  private static Map<String, Object> error(GraphQLError error) {
    Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (error.getExtensions() != null) {
      extensions.putAll(error.getExtensions());
    }
    extensions.put("code", code(error));
    spec.put("extensions", extensions);
    return spec;
  }

  private static String code(GraphQLError error) {
    if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
      return error.getExtensions().get("code").toString();
    }
    return String.valueOf(error.getErrorType()).equals("InvalidSyntax")
        ? "GRAPHQL_PARSE_FAILED"
        : "GRAPHQL_VALIDATION_FAILED";
  }

  /** The root field names of the operation, aliases resolved, for the journal. */
  private static List<String> rootFields(String query, String operationName) {
    try {
      return Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).stream()
          .filter(op -> operationName == null || operationName.equals(op.getName()))
          .findFirst()
          .map(op -> op.getSelectionSet().getSelectionsOfType(Field.class))
          .map(fields -> fields.stream().map(Field::getName).toList())
          .orElse(List.of());
    } catch (InvalidSyntaxException e) {
      return List.of();
    }
  }

  private static TypeDefinitionRegistry schema() {
    try (InputStream in = MondayGraphQl.class.getResourceAsStream(SCHEMA)) {
      return new SchemaParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
