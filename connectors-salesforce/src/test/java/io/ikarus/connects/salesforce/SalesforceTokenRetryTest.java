package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A token request whose answer was lost is asked again: a grant sent twice only issues another
 * token, so every call waiting for it must not fail (found by the soak test: one lost token answer
 * failed 141 waiting writes).
 */
class SalesforceTokenRetryTest {

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final SalesforceConnector crm = Fixtures.connector(sf);
  private final String tokenPath = URI.create(sf.tokenUrl()).getPath();

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void aTokenAnswerLostAfterTheRequestWasSentIsAskedForAgain() {
    String id = sf.insert("Contact", Map.of("LastName", "Kept"));
    sf.faults().dropConnectionNext(1, c -> c.path().equals(tokenPath));

    assertThat(crm.get("Contact", id).join().field("LastName")).isEqualTo("Kept");
    assertThat(sf.journal().filter(c -> c.path().equals(tokenPath))).hasSize(2);
  }
}
