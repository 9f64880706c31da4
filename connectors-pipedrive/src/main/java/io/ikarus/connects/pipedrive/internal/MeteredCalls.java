package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The connector's {@link ApiCalls} with the daily budget in front: charges each request's {@link
 * Costs#TOKENS} cost to the {@link TokenMeter}, then sends it; a request the budget cannot pay
 * fails without being sent. Thread-safe.
 *
 * @param meter the daily budget
 * @param engine the connector's engine calls
 */
public record MeteredCalls(TokenMeter meter, ApiCalls engine) implements ApiCalls {

  @Override
  public CompletableFuture<ApiResponse> execute(ApiRequest request) {
    try {
      meter.charge(Costs.of(request), ErrorContext.of(PipedriveParts.NAME, request.operation()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return engine.execute(request);
  }
}
