package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPollerTest {

  @Test
  void waitsDoubleFromTheFirstIntervalUpToTheMaximum() {
    // the connector's defaults: first poll after 100 ms, at most 30 times that between polls
    Duration first = Duration.ofMillis(100);
    Duration max = first.multipliedBy(30);
    List<Long> waits = new ArrayList<>();
    Duration wait = first;
    for (int i = 0; i < 8; i++) {
      waits.add(wait.toMillis());
      wait = JobPoller.next(wait, max);
    }
    assertThat(waits).containsExactly(100L, 200L, 400L, 800L, 1600L, 3000L, 3000L, 3000L);
  }
}
