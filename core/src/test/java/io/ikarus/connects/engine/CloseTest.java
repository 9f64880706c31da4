package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 7: {@code close()} fails every call waiting for a retry, a permit or a slot at once
 * with a non-retryable error, and nothing reaches the server afterwards.
 */
class CloseTest extends EngineFixture {

  private final ScheduledThreadPoolExecutor realTime = new ScheduledThreadPoolExecutor(1);

  @Test
  void closeFailsWaitingCallsPromptlyAndLaterCallsToo() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(503, "{}").newBuilder().setHeader("Retry-After", "30").build();
          }
        });
    ClientOptions options =
        options()
            .scheduler(realTime)
            .retry(RetrySettings.builder().maxRetryAfter(Duration.ofMinutes(1)).build())
            .rateLimit(
                RateLimitSettings.builder()
                    .maxConcurrent(1)
                    .bucket("default", 1, Duration.ofSeconds(30))
                    .build())
            .build();
    ProbeConnector crm = new ProbeConnector(BearerTokenAuth.of("t0ken-value"), options);
    CompletableFuture<?> retrying = crm.get("contacts", "r1");
    CompletableFuture<?> waitingForPermit = crm.get("contacts", "r2");
    while (server.getRequestCount() < 1) {
      Thread.onSpinWait();
    }
    crm.close();
    int seen = server.getRequestCount();

    for (CompletableFuture<?> call : List.of(retrying, waitingForPermit, crm.get("c", "r3"))) {
      assertThat(failure(call))
          .isInstanceOfSatisfying(
              ConnectionException.class, e -> assertThat(e.isRetryable()).isFalse());
    }
    assertThat(server.getRequestCount()).as("requests after close").isEqualTo(seen);
    realTime.shutdownNow();
  }

  private static Throwable failure(CompletableFuture<?> call) throws InterruptedException {
    try {
      call.get(2, TimeUnit.SECONDS);
      throw new AssertionError("the call succeeded");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("still pending 2 s after close()", e);
    }
  }
}
