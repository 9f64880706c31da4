package io.ikarus.connects.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.contract.FastTimeScheduler;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.RateLimitedEvent;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gate's waits, as it computes them (the server-side view is in the engine tests). */
class RateGateTest {

  private final FastTimeScheduler time = new FastTimeScheduler(1000);
  private final List<RateLimitedEvent> events = new CopyOnWriteArrayList<>();
  private final ConnectorListener listener =
      new ConnectorListener() {
        @Override
        public void onRateLimited(RateLimitedEvent e) {
          events.add(e);
        }
      };

  @AfterEach
  void stop() {
    time.shutdownNow();
  }

  @Test
  void aBudgetSmallerThanTheCostWaitsForTheResetNotBeyondMaxWait() throws Exception {
    RateLimitSettings settings =
        RateLimitSettings.builder().maxWait(Duration.ofSeconds(20)).build();
    RateGate gate = gate(settings, Duration.ofMinutes(5));
    long observed = time.nanoTime();
    gate.observe(new RateLimitStatus("complexity", 10, 1000, Duration.ofSeconds(5)));

    var permit = gate.acquire(Map.of("complexity", 50L), "op");
    long elapsed = time.nanoTime() - observed;
    permit.get(5, TimeUnit.SECONDS);

    // time runs 1000x fast: what passed between the report and the request is off the wait
    assertThat(events)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.delay())
                    .isLessThanOrEqualTo(Duration.ofSeconds(5))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(5).minusNanos(elapsed)));
  }

  @Test
  void aHugeVendorPauseIsCappedAtMaxRetryAfter() {
    RateGate gate = gate(RateLimitSettings.builder().build(), Duration.ofMinutes(5));
    gate.pause(Map.of("default", 1L), Duration.ofSeconds(1_000_000_000_000L));

    assertThat(gate.pausedFor(Map.of("default", 1L)))
        .isLessThanOrEqualTo(Duration.ofMinutes(5).toNanos());
  }

  private RateGate gate(RateLimitSettings settings, Duration maxPause) {
    return new RateGate("t", settings, new Delays(time), listener, maxPause);
  }
}
