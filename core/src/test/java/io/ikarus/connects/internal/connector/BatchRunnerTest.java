package io.ikarus.connects.internal.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

  private final ErrorContext context = ErrorContext.of("test", "createAll");
  private final List<List<Integer>> chunksSeen = Collections.synchronizedList(new ArrayList<>());

  @Test
  void splitsIntoChunksKeepsOrderAndFailsAWholeChunkOnlyForItsRecords() {
    List<Integer> inputs = IntStream.range(0, 25).boxed().toList();
    CallScope scope = CallScope.root();

    BatchResult result =
        BatchRunner.run(
                inputs,
                10,
                3,
                context,
                i ->
                    i == 3 ? new ValidationException("three is refused", context, List.of()) : null,
                chunk -> {
                  chunksSeen.add(chunk);
                  CallScope.current().countCall();
                  if (chunk.contains(15)) {
                    return CompletableFuture.failedFuture(
                        new ServerException("chunk lost", context.withResponse(500, null, null)));
                  }
                  return CompletableFuture.supplyAsync(() -> ids(chunk));
                },
                scope)
            .join();

    assertThat(chunksSeen).extracting(List::size).containsExactlyInAnyOrder(10, 10, 4);
    assertThat(result.results()).extracting(RecordResult::index).containsExactlyElementsOf(inputs);
    assertThat(result.results().get(3).error()).isInstanceOf(ValidationException.class);
    List<Integer> failedByChunk =
        result.failed().stream().map(RecordResult::index).filter(i -> i != 3).toList();
    assertThat(failedByChunk).hasSize(10).contains(15);
    assertThat(result.results().get(0).id()).isEqualTo("id-0");
    assertThat(result.apiCalls()).isEqualTo(3);
  }

  @Test
  void aChunkReturningTheWrongNumberOfResultsFailsItsRecords() {
    BatchResult result =
        BatchRunner.<Integer>run(
                List.of(1, 2),
                5,
                1,
                context,
                i -> null,
                chunk -> CompletableFuture.completedFuture(List.of(RecordResult.success(0, "a"))),
                CallScope.root())
            .join();

    assertThat(result.failed()).hasSize(2);
    assertThat(result.failed().get(0).error().getMessage()).contains("1 results for a chunk of 2");
  }

  @Test
  void manySynchronousChunksDoNotOverflowTheStack() {
    List<Integer> inputs = IntStream.range(0, 20_000).boxed().toList();
    BatchResult result =
        BatchRunner.run(
                inputs,
                1,
                2,
                context,
                i -> null,
                chunk -> CompletableFuture.completedFuture(ids(chunk)),
                CallScope.root())
            .join();

    assertThat(result.succeeded()).hasSize(20_000);
  }

  @Test
  void anEmptyBatchMakesNoCall() {
    BatchResult result =
        BatchRunner.<Integer>run(
                List.of(), 10, 4, context, i -> null, chunk -> null, CallScope.root())
            .join();
    assertThat(result.size()).isZero();
    assertThat(result.apiCalls()).isZero();
  }

  private static List<RecordResult> ids(List<Integer> chunk) {
    List<RecordResult> results = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      results.add(RecordResult.success(i, "id-" + chunk.get(i)));
    }
    return results;
  }
}
