package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one request through the connector's engine (auth, rate limit, retries, error mapping). The
 * future fails with a {@link io.ikarus.connects.error.CrmException} for an error answer.
 */
@FunctionalInterface
public interface Calls {

  /** Sends {@code request}. */
  CompletableFuture<ApiResponse> execute(ApiRequest request);
}
