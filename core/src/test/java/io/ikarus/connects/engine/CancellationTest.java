package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.contract.VirtualTimeScheduler;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Completing the caller's future from outside stops the call: its wire call and its retries. */
class CancellationTest extends EngineFixture {

  @Test
  void cancellingDuringARetryWaitSendsNoFurtherAttempt() throws Exception {
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    AtomicBoolean advance = new AtomicBoolean();
    time.advanceWhen(advance::get);
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{}"));

    try (ProbeConnector crm = connector(options().scheduler(time).build())) {
      CompletableFuture<ApiResponse> call = crm.send(ApiRequest.get("contacts/r1").build());
      assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      assertThat(eventually(() -> time.pending() == 1)).as("the retry waits").isTrue();

      call.cancel(true);
      advance.set(true);

      assertThat(eventually(() -> time.pending() == 0)).as("the wait is over").isTrue();
      assertThat(server.takeRequest(500, TimeUnit.MILLISECONDS)).as("no retry").isNull();
      assertThat(call).isCancelled();
    } finally {
      time.shutdownNow();
    }
  }

  @Test
  void aCallersTimeoutCancelsTheCallOnTheWire() throws Exception {
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient supplied = cancelSignalling(canceled);
    server.enqueue(json(200, "{}").newBuilder().headersDelay(10, TimeUnit.SECONDS).build());

    try (ProbeConnector crm = connector(options().httpClient(supplied).build())) {
      CompletableFuture<ApiResponse> call = crm.send(ApiRequest.get("contacts/r1").build());
      assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

      call.orTimeout(50, TimeUnit.MILLISECONDS);

      assertThat(canceled.await(5, TimeUnit.SECONDS)).as("OkHttp saw the call canceled").isTrue();
      assertThatThrownBy(call::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(TimeoutException.class);
    }
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }
}
