package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakePipedrive;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * RestConnector configured for Pipedrive v2 persons (x-api-token, cursor paging, the search API
 * with exact matches re-checked client-side, emails as an array), held to the contract against
 * FakePipedrive. Pipedrive lists no deleted persons, so the configuration tracks no deletions.
 */
class PipedriveRestContractTest extends ConnectorContractTest {

  private FakePipedrive fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = FakePipedrive.builder().unlimited().start();
    return RestConnector.builder()
        .configJson(Configs.load("pipedrive-persons"))
        .secret("apiToken", fake.apiToken())
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
    return "persons";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    return Map.of(
        "name", "Person " + n + " " + runId, "email", "c" + n + "-" + runId + "@example.com");
  }

  @Override
  protected String textField() {
    return "name";
  }

  @Override
  protected String keyField() {
    return "email";
  }

  @Override
  protected Map<String, Object> invalidRecord() {
    // The configuration sends only name and email: a person without a name is what Pipedrive
    // refuses.
    return Map.of("email", "nameless-" + runId + "@example.com");
  }

  @Override
  protected String invalidRecordField() {
    // Pipedrive's error body names no field ({"success":false,"error":"Parameter 'name' ..."}),
    // so a configuration cannot point at one.
    return null;
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
