package io.ikarus.connects.hubspot;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The portable contract, held against FakeHubSpot. */
class HubSpotContractTest extends ConnectorContractTest {

  private FakeHubSpot fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = FakeHubSpot.builder().instantSearch().start();
    ClientOptions options =
        ClientOptions.builder().baseUrl(URI.create(fake.url())).scheduler(scheduler).build();
    HubSpotConnector connector =
        HubSpotConnector.builder()
            .auth(BearerTokenAuth.of(fake.privateAppToken()))
            .options(options)
            .build();
    // get() reads every property, whose names the connector loads once per object type; load them
    // now so that the contract's request counts see only the requests under test.
    connector.describe(objectName()).join();
    return connector;
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Override
  protected String objectName() {
    return "contacts";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    return Map.of("email", "c" + n + "-" + runId + "@example.com", "firstname", "Contact " + n);
  }

  @Override
  protected String textField() {
    return "firstname";
  }

  @Override
  protected String keyField() {
    return "email";
  }

  @Override
  protected Map<String, Object> invalidRecord() {
    return Map.of("no_such_property", "x");
  }

  @Override
  protected String invalidRecordField() {
    return "no_such_property";
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
