package io.ikarus.connects.pipedrive;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakePipedrive;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The portable contract, held against FakePipedrive (persons, keyed by their primary email). */
class PipedriveContractTest extends ConnectorContractTest {

  private FakePipedrive fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    // The contract is not about rate limits (PipedriveRateLimitTest is): no burst pacing here.
    fake = FakePipedrive.builder().unlimited().start();
    ClientOptions options =
        ClientOptions.builder().baseUrl(URI.create(fake.url())).scheduler(scheduler).build();
    PipedriveConnector connector =
        PipedriveConnector.builder()
            .apiToken(fake.apiToken())
            .burstLimit(10_000)
            .writeConcurrency(20)
            .options(options)
            .build();
    // Field names come from the Fields API once per object; load them now so that the contract's
    // request counts see only the requests under test.
    connector.describe(objectName()).join();
    return connector;
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Override
  protected String objectName() {
    return "persons";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    return Map.of(
        "first_name", "Contact",
        "last_name", "Person " + n,
        "email", "c" + n + "-" + runId + "@example.com");
  }

  @Override
  protected String textField() {
    return "last_name";
  }

  @Override
  protected String keyField() {
    return "email";
  }

  @Override
  protected Map<String, Object> invalidRecord() {
    return Map.of("no_such_field", "x");
  }

  @Override
  protected String invalidRecordField() {
    return "no_such_field";
  }

  @Override
  protected ContractServer server() {
    return new ContractServer() {
      @Override
      public int requestCount() {
        return fake.journal().count();
      }

      @Override
      public void failNext(int count, int status, Duration retryAfter) {
        if (retryAfter == null) {
          fake.faults().failNext(count, status);
        } else {
          fake.faults().failNextWithRetryAfter(count, status, retryAfter);
        }
      }
    };
  }
}
