package io.ikarus.connects.generic;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * RestConnector configured for Salesforce's REST API (OAuth refresh token, the base URL from the
 * token's instance_url, SOQL built with escaped literals, nextRecordsUrl paging, deletions from
 * queryAll), held to the contract against FakeSalesforce.
 */
class SalesforceRestContractTest extends ConnectorContractTest {

  private FakeSalesforce sf;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    sf = FakeSalesforce.start();
    return RestConnector.builder()
        .configJson(Configs.load("salesforce-contacts"))
        .setting("tokenUrl", sf.tokenUrl())
        .secret("clientId", sf.clientId())
        .secret("clientSecret", sf.clientSecret())
        .secret("refreshToken", sf.refreshToken())
        .options(
            ClientOptions.builder()
                .retry(
                    RetrySettings.builder()
                        .maxAttempts(4)
                        .baseDelay(Duration.ofMillis(1))
                        .maxDelay(Duration.ofMillis(5))
                        .maxRetryAfter(Duration.ofSeconds(5))
                        .build())
                .scheduler(scheduler)
                .build())
        .build();
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
  protected boolean supportsContains() {
    return false;
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
