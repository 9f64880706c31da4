package io.ikarus.connects.salesforce;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The portable contract, held against {@link FakeSalesforce}. */
class SalesforceContractTest extends ConnectorContractTest {

  private FakeSalesforce sf;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    sf = FakeSalesforce.start();
    SalesforceConnector crm =
        Fixtures.builder(sf)
            .options(
                ClientOptions.builder()
                    .retry(
                        Fixtures.fastRetries().toBuilder()
                            .maxRetryAfter(Duration.ofSeconds(5))
                            .build())
                    .scheduler(scheduler)
                    .build())
            .build();
    // A query without fields selects every field, which costs one describe per object for the
    // connector's life; read it now so that the demand test counts page fetches only.
    crm.describe(objectName()).join();
    return crm;
  }

  @AfterEach
  void stopFake() {
    sf.close();
  }

  @Override
  protected String objectName() {
    return "Contact";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("LastName", "Contact " + n + " " + runId);
    m.put("External_Id__c", "ext-" + n + "-" + runId);
    return m;
  }

  @Override
  protected String textField() {
    return "LastName";
  }

  @Override
  protected String keyField() {
    return "External_Id__c";
  }

  @Override
  protected Map<String, Object> invalidRecord() {
    Map<String, Object> m = new HashMap<>();
    m.put("Title", "no last name " + runId);
    return m;
  }

  @Override
  protected String invalidRecordField() {
    return "LastName";
  }

  @Override
  protected ContractServer server() {
    return new ContractServer() {
      @Override
      public int requestCount() {
        return sf.journal().filter(c -> c.path().startsWith("/services/data/")).size();
      }

      @Override
      public void failNext(int count, int status, Duration retryAfter) {
        if (retryAfter == null) {
          sf.faults().failNext(count, status);
        } else {
          sf.faults().failNextWithRetryAfter(count, status, retryAfter);
        }
      }
    };
  }
}
