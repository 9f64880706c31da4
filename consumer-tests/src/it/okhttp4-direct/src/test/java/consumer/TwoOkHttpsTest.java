package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ikarus.connects.CrmConnectors;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoOkHttpsTest {

  @Test
  void theClassPathReallyHoldsTwoCopies() throws Exception {
    List<URL> copies =
        Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

    assertEquals(2, copies.size(), "OkHttp copies: " + copies);
  }

  @Test
  void buildingAConnectorFailsAtOnceSayingWhatToDo() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                CrmConnectors.fromConfig(
                    "{\"crm_type\": \"hubspot\", \"auth_config\": {\"api_token\": \"t\"}}"));

    String m = e.getMessage();
    assertTrue(m.contains("2 copies"), m);
    assertTrue(m.contains("okhttp-4.12.0.jar") && m.contains("okhttp-jvm-"), m);
    assertTrue(m.contains("connects-bom"), m);
  }
}
