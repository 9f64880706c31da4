package io.ikarus.connects.contract;

import java.time.Duration;

/**
 * The fake behind a connector under {@link ConnectorContractTest}: counts the API requests it
 * serves and injects faults. Implement it over your fake's journal and fault injection.
 */
public interface ContractServer {

  /** The API requests served so far (token requests excluded), failed ones included. */
  int requestCount();

  /**
   * Makes the next {@code count} API requests fail with {@code status} and the vendor's error body
   * for that status.
   *
   * @param retryAfter sent as {@code Retry-After} (or the vendor's equivalent) when not null
   */
  void failNext(int count, int status, Duration retryAfter);
}
