package io.ikarus.connects.monday.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends GraphQL documents to {@code POST /v2} with the pinned {@code API-Version}, drawing the
 * estimated complexity from the {@code "complexity"} bucket.
 */
public final class MondayClient {

  private final ApiCalls transport;
  private final String apiVersion;
  private final String connector;

  /** Creates a client sending through {@code transport} (the connector's request engine). */
  public MondayClient(ApiCalls transport, String apiVersion, String connector) {
    this.transport = transport;
    this.apiVersion = apiVersion;
    this.connector = connector;
  }

  /**
   * Sends a caller's document (the {@code graphql} escape hatch) and returns its {@code data}; only
   * a document not starting with {@code mutation} is replayed as a read.
   */
  public CompletableFuture<Map<String, Object>> graphql(
      String document, Map<String, Object> variables, long cost) {
    boolean read = !document.trim().startsWith("mutation");
    return send("graphql", document, variables, cost, read).thenApply(r -> r.orThrow().dataAsMap());
  }

  /**
   * Sends a document. Reads and mutations that set values ({@code change_multiple_column_values})
   * are {@code idempotent}: the engine also replays them on a lost answer or a 502/503/504; other
   * mutations only when monday surely did not run them (a refused complexity budget, a 429, a
   * connect failure).
   */
  public CompletableFuture<GraphQlResponse> send(
      String operation,
      String document,
      Map<String, Object> variables,
      long cost,
      boolean idempotent) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", document);
    body.put("variables", variables);
    ApiRequest request =
        ApiRequest.post("/v2")
            .operation(operation)
            .header("API-Version", apiVersion)
            .json(body)
            .cost(ComplexityStatus.BUCKET, cost)
            .idempotent(idempotent)
            .build();
    ErrorContext context = ErrorContext.of(connector, operation);
    return transport.execute(request).thenApply(r -> GraphQlResponse.parse(r, context));
  }
}
