package io.ikarus.connects.internal.connector;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A batch read made of one single-record read per id, for connectors without a batch read: every
 * read runs at once (the connector's rate limiter paces them), a record not found is left out, and
 * any other failure fails the whole read with that error; a read that throws counts as failed.
 */
public final class PerIdReads {

  private PerIdReads() {}

  /** The records {@code read} finds for {@code ids}, by id, in {@code ids} order. */
  public static CompletableFuture<Map<String, CrmRecord>> run(
      List<String> ids, Function<String, CompletableFuture<CrmRecord>> read) {
    List<CompletableFuture<CrmRecord>> reads =
        ids.stream()
            .map(
                id ->
                    start(read, id)
                        .exceptionally(
                            t -> {
                              if (Futures.unwrap(t) instanceof NotFoundException) {
                                return null;
                              }
                              throw t instanceof RuntimeException r ? r : new RuntimeException(t);
                            }))
            .toList();
    return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              Map<String, CrmRecord> found = new LinkedHashMap<>();
              for (int i = 0; i < ids.size(); i++) {
                CrmRecord r = reads.get(i).join();
                if (r != null) {
                  found.put(ids.get(i), r);
                }
              }
              return found;
            });
  }

  private static CompletableFuture<CrmRecord> start(
      Function<String, CompletableFuture<CrmRecord>> read, String id) {
    try {
      return read.apply(id);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
