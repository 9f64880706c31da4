package io.ikarus.connects.monday;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakeMonday;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The portable connector contract, run against FakeMonday. */
class MondayContractTest extends ConnectorContractTest {

  private FakeMonday fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = FakeMonday.start();
    return MondayConnector.builder()
        .apiToken(fake.apiToken())
        .defaultObject(fake.sampleBoardId())
        .options(MondayFixture.options(fake, scheduler))
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
    record.put("numbers", n);
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
  protected String unknownObjectName() {
    // A board is the object; any name but a numeric id means the configured board.
    return "9999999999";
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
