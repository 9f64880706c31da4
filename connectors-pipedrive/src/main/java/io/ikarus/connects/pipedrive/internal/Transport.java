package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.concurrent.CompletableFuture;

/** Sends one request through the connector's engine after charging its token cost. */
@FunctionalInterface
public interface Transport {

  /** Charges {@code cost} tokens against the daily budget, then sends {@code request}. */
  CompletableFuture<ApiResponse> send(ApiRequest request, int cost);
}
