package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.FastTimeScheduler;
import io.ikarus.connects.resilience.RateLimitSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2: a vendor's 429 with {@code Retry-After} holds every request of the bucket,
 * including those already queued for a slot or holding a reservation. Arrivals are stamped at the
 * server in the client's (accelerated) time.
 */
class VendorPauseTest extends EngineFixture {

  private static final long SECOND = 1_000_000_000L;
  private static final long SPEED_UP = 5;
  private static final long ANSWER_DELAY_MS = 100;
  private final FastTimeScheduler time = new FastTimeScheduler(SPEED_UP);
  private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
  private final AtomicLong windowStart = new AtomicLong(-1);

  @AfterEach
  void stopTime() {
    time.shutdownNow();
  }

  @Test
  void requestsHoldingReservationsWaitOutTheWindow() {
    serveOne429();
    RateLimitSettings limits =
        RateLimitSettings.builder().bucket("default", 4, Duration.ofSeconds(1)).build();
    runFive(options().scheduler(time).rateLimit(limits).build());
    assertNoneInsideTheWindow();
  }

  @Test
  void requestsQueuedForASlotWaitOutTheWindow() {
    serveOne429();
    RateLimitSettings limits = RateLimitSettings.builder().maxConcurrent(1).build();
    runFive(options().scheduler(time).rateLimit(limits).build());
    assertNoneInsideTheWindow();
  }

  private void runFive(ClientOptions options) {
    try (ProbeConnector crm = new ProbeConnector(BearerTokenAuth.of("t0ken-value"), options)) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(crm.get("contacts", "r1"));
      }
      calls.forEach(EngineFixture::await);
    }
  }

  private void assertNoneInsideTheWindow() {
    long start = windowStart.get();
    assertThat(start).as("the server sent its 429").isPositive();
    assertThat(arrivals)
        .as("arrivals inside the 2 s Retry-After window from %s: %s", start, arrivals)
        .noneMatch(t -> t > start && t < start + 2 * SECOND - 50 * SPEED_UP * 1_000_000L);
    assertThat(arrivals).hasSize(6);
  }

  private void serveOne429() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            long now = time.nanoTime();
            arrivals.add(now);
            // The window opens when the client receives the 429: after the answer's delay, plus
            // 50 ms (real) for requests the client sent before the answer reached it.
            long received = now + (ANSWER_DELAY_MS + 50) * SPEED_UP * 1_000_000L;
            if (windowStart.compareAndSet(-1, received)) {
              return json(429, "{}")
                  .newBuilder()
                  .setHeader("Retry-After", "2")
                  .headersDelay(ANSWER_DELAY_MS, TimeUnit.MILLISECONDS)
                  .build();
            }
            return json(200, "{\"id\":\"r1\",\"name\":\"Ada\"}");
          }
        });
  }
}
