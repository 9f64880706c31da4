package io.ikarus.connects.spi;

import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's query part, which {@link BaseCrmConnector} runs {@code query} and {@code stream}
 * through. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface QueryOperations {

  /** Runs {@code query} and returns its first page, with every filter value escaped. */
  CompletableFuture<Page> query(Query query);
}
