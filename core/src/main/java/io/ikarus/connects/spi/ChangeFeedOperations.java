package io.ikarus.connects.spi;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's change feed, which {@link BaseCrmConnector} runs {@code changesSince} through.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ChangeFeedOperations {

  /**
   * Returns the changes since {@code checkpoint}, deletions included where the vendor tracks them.
   */
  CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint);
}
