package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ikarus.connects.CrmConnectors;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneOkHttpTest {

  @Test
  void exactlyOneOkHttpIsOnTheClassPathAndItIsTheSdksVersion() throws Exception {
    List<URL> copies =
        Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

    assertEquals(1, copies.size(), "OkHttp copies: " + copies);
    assertEquals(System.getProperty("expected.okhttp.version"), okhttp3.OkHttp.VERSION);
  }

  @Test
  void aConnectorBuildsAndTheLoggingInterceptorStillLoads() {
    new okhttp3.logging.HttpLoggingInterceptor();

    CrmConnectors.fromConfig("{\"crm_type\": \"hubspot\", \"auth_config\": {\"api_token\": \"t\"}}")
        .close();
  }
}
