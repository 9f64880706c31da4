package io.ikarus.connects.spi;

import java.util.concurrent.CompletableFuture;

/**
 * Executes one vendor request under the connector's limits, retries, auth and error mapping: the
 * one type a connector's internal parts receive to talk to the vendor ({@link
 * BaseCrmConnector#calls()}).
 */
@FunctionalInterface
public interface ApiCalls {

  /**
   * Sends {@code request}.
   *
   * @return a future completing with the response, or exceptionally with the mapped {@link
   *     io.ikarus.connects.error.CrmException}; cancelling it cancels the call
   */
  CompletableFuture<ApiResponse> execute(ApiRequest request);
}
