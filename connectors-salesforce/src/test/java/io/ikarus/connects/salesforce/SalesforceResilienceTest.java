package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.salesforce.internal.SalesforceParts;
import io.ikarus.connects.salesforce.internal.SalesforceSetup;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ConnectorParts;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceResilienceTest {

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final SalesforceConnector crm = Fixtures.connector(sf);
  private String id;

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  private String seeded() {
    if (id == null) {
      id = sf.insert("Account", Map.of("Name", "Resilient"));
      crm.authenticate().join();
    }
    return id;
  }

  @Test
  void retriesServiceUnavailableAndTooManyRequestsHonouringRetryAfter() {
    String account = seeded();
    sf.faults().failNextWithRetryAfter(1, 503, Duration.ZERO);
    assertThat(crm.get("Account", account).join().field("Name")).isEqualTo("Resilient");
    sf.faults().failNextWithRetryAfter(2, 429, Duration.ZERO);
    assertThat(crm.get("Account", account).join().field("Name")).isEqualTo("Resilient");
    assertThat(sf.journal().filter(c -> c.status() == 503 || c.status() == 429)).hasSize(3);
  }

  @Test
  void droppedConnectionsEndAsConnectionErrors() {
    String account = seeded();
    sf.faults().dropConnectionNext(10);
    assertThatThrownBy(() -> crm.get("Account", account).join())
        .cause()
        .isInstanceOf(ConnectionException.class);
  }

  @Test
  void malformedBodiesAreServerErrors() {
    String account = seeded();
    sf.faults().malformedBodyNext(10);
    assertThatThrownBy(() -> crm.get("Account", account).join())
        .cause()
        .isInstanceOf(ServerException.class);
  }

  @Test
  void theDailyLimitIsANonRetryableRateLimitError() {
    String account = seeded();
    sf.dailyApiLimit(sf.apiUsage());
    assertThatThrownBy(() -> crm.get("Account", account).join())
        .cause()
        .isInstanceOf(RateLimitException.class)
        .satisfies(e -> assertThat(((RateLimitException) e).isRetryable()).isFalse())
        .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
    assertThat(sf.journal().filter(c -> c.status() == 403)).hasSize(1);
  }

  @Test
  void limitInfoBecomesTheBudgetForTheAdaptiveLimiter() {
    ApiRequest request = ApiRequest.get("limits").build();
    ApiResponse response =
        ApiResponse.of(
            request,
            "salesforce",
            200,
            Map.of("Sforce-Limit-Info", List.of("api-usage=99000/100000")),
            new byte[0],
            Instant.now());
    ConnectorParts parts =
        SalesforceParts.create(
                r -> null, SalesforceSetup.builder().build(SalesforceConnector.builder()))
            .parts();
    List<RateLimitStatus> status = parts.rateLimits(response);
    assertThat(status)
        .containsExactly(new RateLimitStatus("default", 1000, 100_000, Duration.ofHours(24)));
    assertThat(status.get(0).isLow()).isTrue();
    assertThat(
            parts.rateLimits(
                ApiResponse.of(request, "salesforce", 200, Map.of(), new byte[0], Instant.now())))
        .isEmpty();
  }
}
