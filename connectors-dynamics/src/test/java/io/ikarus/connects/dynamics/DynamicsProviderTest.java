package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.testkit.FakeDynamics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamicsProviderTest {

  private final FakeDynamics fake = DynamicsFixture.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void buildsFromTheClientSecretConfig() {
    Map<String, Object> auth = base();
    auth.put("client_secret", fake.clientSecret());
    try (CrmConnector crm = CrmConnectors.fromConfig(config(auth))) {
      assertThat(crm.name()).isEqualTo("dynamics");
      assertThat(crm.capabilities().maxBatchSize()).isEqualTo(250);
      assertThat(((DynamicsConnector) crm).whoAmI().join().userId()).isEqualTo(fake.userId());
    }
  }

  @Test
  void buildsFromPemAndFromPkcs12Certificates(@TempDir Path dir) throws IOException {
    Map<String, Object> pem = base();
    pem.put(
        "certificate_pem",
        DynamicsFixture.resource("auth/client-key-pkcs8.pem")
            + DynamicsFixture.resource("auth/client-cert.pem"));
    Path p12 = dir.resolve("client.p12");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("auth/client.p12")) {
      Files.copy(in, p12);
    }
    Map<String, Object> pkcs12 = base();
    pkcs12.put("certificate_path", p12.toString());
    pkcs12.put("certificate_password", "test-only");

    for (Map<String, Object> auth : java.util.List.of(pem, pkcs12)) {
      try (CrmConnector crm = CrmConnectors.fromConfig(config(auth))) {
        assertThat(((DynamicsConnector) crm).whoAmI().join().userId()).isEqualTo(fake.userId());
      }
    }
  }

  @Test
  void aConfigWithoutCredentialNamesWhatIsMissing() {
    assertThatThrownBy(() -> CrmConnectors.fromConfig(config(base())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client_secret");
  }

  private Map<String, Object> base() {
    Map<String, Object> auth = new LinkedHashMap<>();
    auth.put("resource_url", fake.url());
    auth.put("tenant_id", fake.tenantId());
    auth.put("client_id", fake.clientId());
    return auth;
  }

  private Map<String, Object> config(Map<String, Object> auth) {
    return Map.of(
        "crm_type",
        "dynamics",
        "auth_config",
        auth,
        "options",
        Map.of("auth_url", fake.url(), "batch_size", 250));
  }
}
