package io.ikarus.connects.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The floors and the extrapolation the report is judged by. */
class FloorsTest {

  private static final Duration LATENCY = Duration.ofMillis(40);
  private static final Duration WINDOW = Duration.ofSeconds(10);

  @Test
  void callFloorIsWholeBatchesPlusAuth() {
    assertThat(Floors.calls(10_000, 100, 0)).isEqualTo(100);
    assertThat(Floors.calls(100_001, 200, 1)).isEqualTo(502);
  }

  @Test
  void rollingWindowGrantsOneBurstPerWindowAfterTheFirst() {
    // 1,000 calls at 190 per 10 s: 5 full bursts, the 6th starts at 50 s; 50 calls in one round
    // trip
    assertThat(Floors.time(1_000, 190, WINDOW, 64, LATENCY)).isEqualTo(Duration.ofMillis(50_040));
    // within one burst only the round trips count
    assertThat(Floors.time(100, 190, WINDOW, 64, LATENCY)).isEqualTo(Duration.ofMillis(80));
  }

  @Test
  void withoutRateLimitOnlyRoundTripsCount() {
    assertThat(Floors.time(50, 0, Duration.ZERO, 25, LATENCY)).isEqualTo(Duration.ofMillis(80));
    assertThat(Floors.time(6, 0, Duration.ZERO, 1, LATENCY)).isEqualTo(Duration.ofMillis(240));
    assertThat(Floors.time(0, 0, Duration.ZERO, 1, LATENCY)).isZero();
  }

  @Test
  void sustainedRateIgnoresTheBurst() {
    assertThat(Floors.sustained(1_000, 190, WINDOW).toMillis()).isEqualTo(52_631);
  }

  @Test
  void extrapolationScalesCallsThrottlesAndWallButNotHeap() {
    Measurement measured = new Measurement(400, 420, 20, Duration.ofSeconds(21), 9 << 20, "");

    Measurement scaled = measured.extrapolatedTo(100_000);

    assertThat(scaled.records()).isEqualTo(100_000);
    assertThat(scaled.apiCalls()).isEqualTo(105_000);
    assertThat(scaled.throttled()).isEqualTo(5_000);
    assertThat(scaled.wall()).isEqualTo(Duration.ofSeconds(5_250));
    assertThat(scaled.peakHeapBytes()).isEqualTo(9 << 20);
    assertThat(scaled.note()).isEqualTo("extrapolated x250 from a measured run of 400 records");
  }

  @Test
  void oneBaselineRunServesEverySizeAboveTheCap() {
    Baselines baselines = new Baselines(HarnessOptions.parse("--baseline", "400"));
    AtomicInteger runs = new AtomicInteger();

    Measurement small = baselines.of("hubspot", 10_000, n -> run(runs, n));
    Measurement large = baselines.of("hubspot", 100_000, n -> run(runs, n));
    Measurement exact = baselines.of("hubspot", 300, n -> run(runs, n));

    assertThat(runs).hasValue(2);
    assertThat(small.records()).isEqualTo(10_000);
    assertThat(large.wall()).isEqualTo(Duration.ofSeconds(100));
    assertThat(exact.note()).isEmpty();
  }

  private static Measurement run(AtomicInteger runs, long n) {
    runs.incrementAndGet();
    return new Measurement(n, n, 0, Duration.ofMillis(n), 1, "");
  }
}
