package consumer.app;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.hubspot.HubSpotConnector;
import java.net.URI;
import java.util.Map;

/** Runs on the module path: args are the fake's URL and its private-app token. */
public final class App {

  public static void main(String[] args) {
    String url = args[0];
    String token = args[1];
    System.out.println("core module: " + CrmConnector.class.getModule().getName());
    System.out.println(
        "core automatic: " + CrmConnector.class.getModule().getDescriptor().isAutomatic());
    System.out.println("hubspot module: " + HubSpotConnector.class.getModule().getName());
    System.out.println("okhttp module: " + okhttp3.OkHttpClient.class.getModule().getName());
    System.out.println("providers: " + CrmConnectors.available());
    try (CrmConnector crm =
        HubSpotConnector.builder()
            .auth(BearerTokenAuth.of(token))
            .options(ClientOptions.builder().baseUrl(URI.create(url)).build())
            .build()) {
      CrmRecord created = crm.create("contacts", Map.of("email", "ada@example.com")).join();
      System.out.println("read back: " + crm.get("contacts", created.id()).join().fields().get("email"));
    }
    String config =
        "{\"crm_type\":\"hubspot\",\"auth_config\":{\"api_token\":\"" + token + "\"},"
            + "\"options\":{\"base_url\":\"" + url + "\"}}";
    try (CrmConnector crm = CrmConnectors.fromConfig(config)) {
      System.out.println("from config: " + crm.name() + " " + crm.query(io.ikarus.connects.Query.of("contacts")).join().records().size());
    }
  }
}
