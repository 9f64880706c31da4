package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.generic.fakes.AcmeFake;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The contract against {@link AcmeFake}, with the configuration a subclass names. */
abstract class AcmeContract extends ConnectorContractTest {

  private AcmeFake fake;

  /** The configuration resource. */
  abstract String config();

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = new AcmeFake();
    return RestConnector.builder()
        .configJson(Configs.load(config()))
        .secret("apiKey", AcmeFake.KEY)
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
    return "people";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    return Map.of("name", "Person " + n, "email", "p" + n + "-" + runId + "@example.com");
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
    return Map.of("name", "Invalid", "email", "not an email");
  }

  @Override
  protected String invalidRecordField() {
    return "email";
  }

  @Override
  protected ContractServer server() {
    return fake.contractServer();
  }
}
