package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.FastTimeScheduler;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 3: a low remaining budget reported by the vendor spreads the requests over the time
 * until its reset, measured at the server in the client's (accelerated) time.
 */
class AdaptivePacingTest extends EngineFixture {

  private final FastTimeScheduler time = new FastTimeScheduler(10);

  @AfterEach
  void stopTime() {
    time.shutdownNow();
  }

  @Test
  void fifteenRequestsWith49Of1000LeftTakeAboutThreeSeconds() {
    ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    AtomicInteger remaining = new AtomicInteger(49);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(time.nanoTime());
            return json(200, "{\"id\":\"r1\",\"name\":\"Ada\"}")
                .newBuilder()
                .setHeader("X-RateLimit-Limit", 1000)
                .setHeader("X-RateLimit-Remaining", remaining.decrementAndGet())
                .setHeader("X-RateLimit-Reset", 10)
                .build();
          }
        });
    try (ProbeConnector crm =
        new ProbeConnector(BearerTokenAuth.of("t0ken-value"), options().scheduler(time).build())) {
      for (int i = 0; i < 15; i++) {
        await(crm.get("contacts", "r1"));
      }
    }
    List<Long> t = arrivals.stream().sorted().toList();
    assertThat(t.get(14) - t.get(0))
        .as("15 requests spread over the 10 s window's last 49 permits (~204 ms apart)")
        .isGreaterThan(2_500_000_000L);
  }
}
