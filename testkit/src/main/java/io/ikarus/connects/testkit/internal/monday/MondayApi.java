package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.MondayCall;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The fake's HTTP face and GraphQL engine. {@code POST /v2} with a JSON body, the {@code
 * Authorization} token (raw, as monday's samples send it) and a pinned {@code API-Version};
 * transport-level failures use real HTTP codes (400, 401, 404, 405; 429 and 5xx as injected
 * faults). The document is parsed, validated against {@code schema.graphqls}, priced and executed
 * with graphql-java; application errors are HTTP 200 with an {@code errors} array. Each request is
 * logged as a {@link MondayCall} with its complexity. Requests run one at a time, so concurrent
 * writes on a board apply in a well-defined order.
 */
public final class MondayApi implements VendorApi {

  private static final String SCHEMA = "/io/ikarus/connects/testkit/monday/schema.graphqls";
  private static final Pattern VERSION = Pattern.compile("20(2[4-9])-(01|04|07|10)");

  private final String apiToken;
  private final GraphQL graphQl;
  private final List<MondayCall> calls = new CopyOnWriteArrayList<>();

  /**
   * Creates the API over {@code store}: {@code budget} limits the complexity per window, {@code
   * maxQuery} each query's.
   */
  public MondayApi(MondayStore store, String apiToken, CostBudget budget, long maxQuery) {
    this.apiToken = apiToken;
    GraphQLSchema schema =
        new SchemaGenerator().makeExecutableSchema(schema(), new MondayResolvers(store).wiring());
    this.graphQl =
        GraphQL.newGraphQL(schema)
            .instrumentation(new ComplexityCosts(budget, maxQuery))
            .defaultDataFetcherExceptionHandler(MondayApi::resolverError)
            .build();
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    FakeResponse rejected = reject(request);
    if (rejected != null) {
      return rejected;
    }
    JsonNode json;
    try {
      json = Json.parse(request.body());
    } catch (JsonProcessingException e) {
      return error(400, "JsonParseException", "Unexpected token in request body");
    }
    if (json == null || !json.path("query").isTextual()) {
      return error(400, "INVALID_REQUEST", "The request body has no query");
    }
    return execute(json, request.body());
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return switch (status) {
      case 401 -> error(401, "UNAUTHENTICATED", "Not Authenticated");
      case 403 -> error(403, "UserUnauthorizedException", "User unauthorized to perform action");
      case 404 -> error(404, "NOT_FOUND", "Not Found");
      case 429 -> error(429, "RATE_LIMIT_EXCEEDED", "Rate Limit Exceeded");
      default ->
          status >= 500
              ? error(status, "INTERNAL_SERVER_ERROR", "Internal server error")
              : error(status, "INVALID_REQUEST", "Bad request");
    };
  }

  private FakeResponse reject(FakeRequest request) {
    if (!"/v2".equals(request.path())) {
      return errorResponse(404);
    }
    if (!"POST".equals(request.method())) {
      return error(405, "METHOD_NOT_ALLOWED", "Use POST");
    }
    String token = request.header("authorization");
    if (token == null || !token.equals(apiToken)) {
      return errorResponse(401);
    }
    String version = request.header("api-version");
    if (version == null || !VERSION.matcher(version).matches()) {
      return error(
          400,
          "INVALID_API_VERSION",
          "API-Version header must name a supported version (YYYY-01/04/07/10)");
    }
    if (!request.mediaType().equals("application/json")) {
      return error(400, "INVALID_CONTENT_TYPE", "Content-Type must be application/json");
    }
    return null;
  }

  /** Runs {@code json}, journals {@code body}; a bad document is an error in an HTTP 200. */
  private synchronized FakeResponse execute(JsonNode json, String body) {
    String query = json.get("query").asText();
    String operationName = json.path("operationName").textValue();
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
    ComplexityCosts.Charge charge = input.getGraphQLContext().get(ComplexityCosts.CHARGE);
    Map<String, Object> response = new LinkedHashMap<>();
    if (result.isDataPresent()) {
      response.put("data", result.getData());
    }
    if (!result.getErrors().isEmpty()) {
      response.put("errors", result.getErrors().stream().map(MondayApi::error).toList());
    }
    response.put("extensions", Map.of("request_id", UUID.randomUUID().toString()));
    response.put("account_id", 1);
    List<String> roots = rootFields(query, operationName);
    List<String> codes = result.getErrors().stream().map(MondayApi::code).toList();
    calls.add(new MondayCall(roots, charge == null ? -1 : charge.query(), codes, body));
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
        params.getException() instanceof MondayApiError e
            ? e
            : new MondayApiError("INTERNAL_SERVER_ERROR", "Internal server error", 500, Map.of());
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
    Map<String, Object> extensions =
        new LinkedHashMap<>(Objects.requireNonNullElse(error.getExtensions(), Map.of()));
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
    try (InputStream in = MondayApi.class.getResourceAsStream(SCHEMA)) {
      return new SchemaParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FakeResponse error(int status, String code, String message) {
    Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", code));
    return FakeResponse.json(status, Map.of("errors", List.of(error)));
  }
}
