package io.ikarus.connects.spi;

import io.ikarus.connects.ObjectSchema;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's schema part, which {@link BaseCrmConnector} runs {@code describe} through.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SchemaOperations {

  /** Describes {@code object}; completes exceptionally with NotFoundException when unknown. */
  CompletableFuture<ObjectSchema> describe(String object);
}
