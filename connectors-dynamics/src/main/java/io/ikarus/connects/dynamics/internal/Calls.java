package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.concurrent.CompletableFuture;

/** Runs a request through the connector's engine (limits, retries, auth, error mapping). */
@FunctionalInterface
public interface Calls {

  /** Executes {@code request}; completes exceptionally with the mapped error. */
  CompletableFuture<ApiResponse> execute(ApiRequest request);
}
