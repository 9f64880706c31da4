package io.ikarus.connects.internal.connector;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ErrorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The batch fallback for vendors without batch endpoints: one call per record. */
public final class PerRecord {

  private PerRecord() {}

  /**
   * Runs {@code call} for each input at once (the engine's bulkhead bounds real concurrency) and
   * returns one result per input, in order; a failed call fails only its own input.
   *
   * @param call makes the single-record call and returns the written record's id
   */
  public static <I> CompletableFuture<List<RecordResult>> run(
      List<I> inputs, ErrorContext context, Function<I, CompletableFuture<String>> call) {
    List<CompletableFuture<RecordResult>> each = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      CompletableFuture<String> f;
      try {
        f = call.apply(inputs.get(i));
      } catch (RuntimeException e) {
        f = CompletableFuture.failedFuture(e);
      }
      each.add(
          f.handle(
              (id, e) ->
                  e == null
                      ? RecordResult.success(index, id)
                      : RecordResult.failure(index, Futures.toCrm(e, context))));
    }
    return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
        .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
  }
}
