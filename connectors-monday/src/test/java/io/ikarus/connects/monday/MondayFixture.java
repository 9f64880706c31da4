package io.ikarus.connects.monday;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeMonday;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/** Builds connectors against a {@link FakeMonday}. */
final class MondayFixture {

  private MondayFixture() {}

  static MondayConnector.Builder connector(FakeMonday fake) {
    return MondayConnector.builder()
        .apiToken(fake.apiToken())
        .defaultObject(fake.sampleBoardId())
        .options(options(fake, null));
  }

  static ClientOptions options(FakeMonday fake, ScheduledExecutorService scheduler) {
    ClientOptions.Builder options =
        ClientOptions.builder()
            .baseUrl(URI.create(fake.url()))
            .retry(RetrySettings.builder().maxAttempts(8).baseDelay(Duration.ofMillis(5)).build());
    if (scheduler != null) {
      options.scheduler(scheduler);
    }
    return options.build();
  }
}
