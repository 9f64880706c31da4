package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotOnFakeTest {

  @Test
  void createsAndReadsAContactOnTheFake() {
    try (FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start();
        CrmConnector crm =
            HubSpotConnector.builder()
                .auth(BearerTokenAuth.of(hubspot.privateAppToken()))
                .options(ClientOptions.builder().baseUrl(URI.create(hubspot.url())).build())
                .build()) {
      CrmRecord created = crm.create("contacts", Map.of("email", "ada@example.com")).join();

      assertEquals("ada@example.com", crm.get("contacts", created.id()).join().fields().get("email"));
    }
  }
}
