package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.contract.VirtualTimeScheduler;
import io.ikarus.connects.event.ConnectorListener.RateLimitedEvent;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RateLimitTest extends EngineFixture {

  private static final String RECORD = "{\"id\":\"r1\",\"name\":\"Ada\"}";

  @Test
  void aBucketIsNeverExceededMeasuredAtTheServer() {
    // Virtual time: the clock only moves while every pending call waits on a timer, so the server
    // stamps each arrival with the instant the gate released it, however loaded the machine is.
    VirtualTimeScheduler time = new VirtualTimeScheduler();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    time.advanceWhen(() -> time.pending() >= started.get() - completed.get());
    ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(time.nanoTime());
            return json(200, RECORD);
          }
        });
    RateLimitSettings limits =
        RateLimitSettings.builder().bucket("default", 5, Duration.ofMillis(250)).build();
    ClientOptions options = options().scheduler(time).rateLimit(limits).build();
    try (ProbeConnector crm = connector(options)) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        started.incrementAndGet();
        calls.add(crm.get("contacts", "r1").whenComplete((r, e) -> completed.incrementAndGet()));
      }
      calls.forEach(EngineFixture::await);
    } finally {
      time.shutdownNow();
    }
    List<Long> t = arrivals.stream().sorted().toList();
    assertAtMostFivePerPeriod(t, Duration.ZERO);
    assertThat(t.get(19) - t.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());
  }

  @Test
  void weightedCostsDrawFromTheirBucket() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{}"));
    }
    RateLimitSettings limits =
        RateLimitSettings.builder().bucket("complexity", 100, Duration.ofSeconds(10)).build();
    try (ProbeConnector crm = connector(options().rateLimit(limits).build())) {
      for (int i = 0; i < 3; i++) {
        await(crm.send(ApiRequest.get("contacts/r1").cost("complexity", 50).build()));
      }
    }
    assertThat(events(RateLimitedEvent.class))
        .as("the third request of cost 50 waits for a 100-per-10-s bucket")
        .anySatisfy(
            e -> {
              assertThat(e.bucket()).isEqualTo("complexity");
              assertThat(e.byVendor()).isFalse();
              assertThat(e.delay()).isGreaterThan(Duration.ofSeconds(4));
            });
  }

  @Test
  void aVendor429PausesEveryCallerOfTheBucket() {
    server.enqueue(json(429, "{}").newBuilder().setHeader("Retry-After", "3").build());
    server.enqueue(json(200, RECORD));
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      await(crm.get("contacts", "r1"));
      await(crm.get("contacts", "r1"));
    }
    List<RateLimitedEvent> limited = events(RateLimitedEvent.class);
    assertThat(limited)
        .anySatisfy(e -> assertThat(e.byVendor()).isTrue())
        .anySatisfy(
            e -> {
              assertThat(e.byVendor()).as("a later caller held back by the pause").isFalse();
              assertThat(e.delay()).isGreaterThan(Duration.ofSeconds(2));
            });
  }

  @Test
  void aLowVendorBudgetSpacesRequestsUntilReset() {
    server.enqueue(budget(0, 5));
    server.enqueue(budget(99, 5));

    try (ProbeConnector crm = connector(options().build())) {
      await(crm.get("contacts", "r1"));
      await(crm.get("contacts", "r1"));
    }
    assertThat(events(RateLimitedEvent.class))
        .singleElement()
        .satisfies(e -> assertThat(e.delay()).isGreaterThan(Duration.ofSeconds(4)));
  }

  @Test
  void adaptivePacingCanBeSwitchedOff() {
    server.enqueue(budget(0, 5));
    server.enqueue(budget(99, 5));
    RateLimitSettings limits = RateLimitSettings.builder().adaptive(false).build();

    try (ProbeConnector crm = connector(options().rateLimit(limits).build())) {
      await(crm.get("contacts", "r1"));
      await(crm.get("contacts", "r1"));
    }
    assertThat(events(RateLimitedEvent.class)).isEmpty();
  }

  private static void assertAtMostFivePerPeriod(List<Long> t, Duration tolerance) {
    assertThat(t).hasSize(20);
    for (int i = 0; i + 5 < t.size(); i++) {
      assertThat(t.get(i + 5) - t.get(i))
          .as("6 requests within one 250 ms period, from #%s: gaps %s", i, gaps(t))
          .isGreaterThanOrEqualTo(Duration.ofMillis(250).minus(tolerance).toNanos());
    }
  }

  private static List<Long> gaps(List<Long> t) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < t.size(); i++) {
      gaps.add((t.get(i) - t.get(i - 1)) / 1_000_000);
    }
    return gaps;
  }

  private static MockResponse budget(int remaining, int resetSeconds) {
    return json(200, RECORD)
        .newBuilder()
        .setHeader("X-RateLimit-Limit", 100)
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Reset", resetSeconds)
        .build();
  }
}
