package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * RestConnector configured for HubSpot's CRM v3 objects (search with the cursor in the body, batch
 * endpoints whose results are matched by the sent email), held to the portable contract against
 * FakeHubSpot.
 */
class HubSpotRestContractTest extends ConnectorContractTest {

  private FakeHubSpot fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    // Search is eventually consistent at HubSpot (and in the fake by default); the contract reads
    // right after writing, so it runs on instant search. Batch results are matched by the sent
    // email, since HubSpot does not echo trace ids.
    fake = FakeHubSpot.builder().instantSearch().start();
    return RestConnector.builder()
        .configJson(Configs.load("hubspot-contacts"))
        .secret("token", fake.privateAppToken())
        .options(
            ClientOptions.builder().baseUrl(URI.create(fake.url())).scheduler(scheduler).build())
        .build();
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
  protected boolean supportsContains() {
    return false;
  }

  @Override
  protected ContractServer server() {
    return Configs.server(fake.journal(), fake.faults());
  }
}
