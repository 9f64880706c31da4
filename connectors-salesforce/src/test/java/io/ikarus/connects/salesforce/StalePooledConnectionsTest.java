package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the server has closed the pooled connections (its idle timer fired), a call fails on the
 * first stale one at most: the pool is then cleared, so the retry does not meet the next stale one.
 */
class StalePooledConnectionsTest {

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final SalesforceConnector crm =
      Fixtures.connector(
          sf,
          b ->
              b.options(
                  ClientOptions.builder()
                      .retry(
                          RetrySettings.builder()
                              .maxAttempts(3)
                              .baseDelay(Duration.ofMillis(1))
                              .maxDelay(Duration.ofMillis(5))
                              .build())
                      .build()));

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void aReadAfterTheServerClosedEveryPooledConnectionSucceeds() {
    String id = sf.insert("Contact", Map.of("LastName", "Pooled"));
    crm.authenticate().join();
    // Eight overlapping reads leave eight connections in the pool.
    sf.faults().delayNext(8, Duration.ofMillis(100));
    List<CompletableFuture<CrmRecord>> reads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      reads.add(crm.get("Contact", id));
    }
    reads.forEach(CompletableFuture::join);

    sf.faults().closeIdleConnections();

    assertThat(crm.get("Contact", id).join().field("LastName")).isEqualTo("Pooled");
  }
}
