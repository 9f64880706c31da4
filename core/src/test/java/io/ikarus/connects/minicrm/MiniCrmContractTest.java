package io.ikarus.connects.minicrm;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The contract, proven on the MiniCrm connector against its MockWebServer fake. */
class MiniCrmContractTest extends ConnectorContractTest {

  private MiniCrmServer fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = new MiniCrmServer();
    ClientOptions options =
        ClientOptions.builder()
            .baseUrl(fake.baseUrl())
            .authUrl(fake.rootUrl())
            .scheduler(scheduler)
            .build();
    return new MiniCrmConnector(new TestClientCredentials(MiniCrmServer.SECRET), options);
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
    return Map.of("name", "Contact " + n, "email", "c" + n + "-" + runId + "@example.com");
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
    return Map.of("email", "nameless-" + runId + "@example.com");
  }

  @Override
  protected String invalidRecordField() {
    return "name";
  }

  @Override
  protected ContractServer server() {
    return fake;
  }
}
