package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeMonday;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * GraphQlConnector configured for monday.com items (cursor paging with a second document for the
 * next pages, errors inside HTTP 200 mapped by extensions.code), held to the contract against
 * FakeMonday.
 */
class MondayGraphQlContractTest extends ConnectorContractTest {

  private FakeMonday fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = FakeMonday.start();
    return GraphQlConnector.builder()
        .configJson(Configs.load("monday-items"))
        .setting("boardId", fake.sampleBoardId())
        .secret("token", fake.apiToken())
        .options(
            ClientOptions.builder()
                .baseUrl(URI.create(fake.url()))
                .retry(
                    RetrySettings.builder().maxAttempts(8).baseDelay(Duration.ofMillis(5)).build())
                .scheduler(scheduler)
                .build())
        .build();
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Override
  protected String objectName() {
    return "leads";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("name", "Lead " + n);
    record.put("text_company", "Company " + n + " " + runId);
    record.put("email", "lead" + n + "-" + runId + "@example.com");
    return record;
  }

  @Override
  protected String textField() {
    return "text_company";
  }

  @Override
  protected String keyField() {
    return "email";
  }

  @Override
  protected Map<String, Object> invalidRecord() {
    return Map.of("name", "Invalid", "email", "not an email address");
  }

  @Override
  protected String invalidRecordField() {
    return "email";
  }

  @Override
  protected ContractServer server() {
    return Configs.server(fake.journal(), fake.faults());
  }
}
