package io.ikarus.connects.dynamics;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.ConnectorContractTest;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.testkit.FakeDynamics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The portable contract, held against FakeDynamics: accounts keyed by accountnumber. */
class DynamicsContractTest extends ConnectorContractTest {

  private FakeDynamics fake;

  @Override
  protected CrmConnector createConnector(ScheduledExecutorService scheduler) {
    fake = DynamicsFixture.start();
    return DynamicsFixture.secret(fake, scheduler).build();
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Override
  protected String objectName() {
    return "accounts";
  }

  @Override
  protected Map<String, Object> sampleRecord(int n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "Account " + n + " " + runId);
    m.put("accountnumber", "A" + n + "-" + runId);
    m.put("revenue", new java.math.BigDecimal("1000.25").add(java.math.BigDecimal.valueOf(n)));
    return m;
  }

  @Override
  protected String textField() {
    return "name";
  }

  @Override
  protected String keyField() {
    return "accountnumber";
  }

  /** Longer than the 160 characters the name column holds: a 0x80044331 validation error. */
  @Override
  protected Map<String, Object> invalidRecord() {
    return Map.of("name", "x".repeat(161));
  }

  @Override
  protected String invalidRecordField() {
    return "name";
  }

  @Override
  protected ContractServer server() {
    return DynamicsFixture.contractServer(fake);
  }
}
