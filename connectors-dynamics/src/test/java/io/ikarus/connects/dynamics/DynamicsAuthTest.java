package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.auth.ClientCertificate;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.testkit.FakeDynamics;
import io.ikarus.connects.testkit.RecordedCall;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicsAuthTest {

  private final FakeDynamics fake = DynamicsFixture.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void clientSecretTokenRequestUsesTheV2EndpointAndTheDefaultScope() {
    try (DynamicsConnector crm = DynamicsFixture.secret(fake, null).build()) {
      assertThat(crm.whoAmI().join().userId()).isEqualTo(fake.userId());
    }
    RecordedCall token = tokenCall();
    assertThat(token.path()).isEqualTo("/" + fake.tenantId() + "/oauth2/v2.0/token");
    assertThat(token.body())
        .contains("grant_type=client_credentials")
        .contains("client_id=" + fake.clientId())
        .contains("scope=" + enc(fake.url() + "/.default"))
        .doesNotContain("resource=");
  }

  @Test
  void certificateAssertionIsAcceptedAndCarriesNoSecret() {
    try (DynamicsConnector crm = certificateConnector(DynamicsFixture.certificate())) {
      assertThat(crm.whoAmI().join().userId()).isEqualTo(fake.userId());
    }
    assertThat(tokenCall().body())
        .contains(
            "client_assertion_type="
                + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
        .contains("client_assertion=")
        .doesNotContain("client_secret");
  }

  @Test
  void aWrongSecretIsAnAuthenticationErrorNamingTheEntraCode() {
    DynamicsConnector crm =
        DynamicsConnector.builder()
            .resourceUrl(URI.create(fake.url()))
            .tenantId(fake.tenantId())
            .clientSecret(fake.clientId(), "wrong")
            .options(DynamicsFixture.options(fake, null))
            .build();
    try (crm) {
      assertThatThrownBy(() -> crm.get("accounts", "00000000-0000-0000-0000-000000000001").join())
          .hasCauseInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_client")
          .hasMessageNotContaining("wrong");
    }
  }

  @Test
  void theBuildersAuthUrlIsTheEntraAuthorityTheTenantsTokenPathGoesUnder() {
    DynamicsConnector crm =
        DynamicsConnector.builder()
            .resourceUrl(URI.create(fake.url()))
            .authUrl(URI.create(fake.url()))
            .tenantId(fake.tenantId())
            .clientSecret(fake.clientId(), fake.clientSecret())
            .build();
    try (crm) {
      assertThat(crm.whoAmI().join().userId()).isEqualTo(fake.userId());
    }
    assertThat(tokenCall().path()).isEqualTo("/" + fake.tenantId() + "/oauth2/v2.0/token");
  }

  @Test
  void buildingWithoutCredentialsNamesTheWaysToSetThem() {
    DynamicsConnector.Builder b =
        DynamicsConnector.builder().resourceUrl(URI.create(fake.url())).tenantId("t");
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientSecret(...), certificate(...) or auth(...)");
  }

  @Test
  void anExpiredTokenIsRefreshedOnceAndTheCallReplayed() {
    String id = fake.insert("accounts", Map.of("name", "x"));
    try (DynamicsConnector crm = DynamicsFixture.secret(fake, null).build()) {
      crm.get("accounts", id).join();
      fake.expireTokens();

      assertThat(crm.get("accounts", id).join().field("name")).isEqualTo("x");
    }
    assertThat(fake.journal().count("POST", "/" + fake.tenantId())).isEqualTo(2);
  }

  private DynamicsConnector certificateConnector(ClientCertificate cert) {
    return DynamicsConnector.builder()
        .resourceUrl(URI.create(fake.url()))
        .tenantId(fake.tenantId())
        .certificate(fake.clientId(), cert)
        .options(DynamicsFixture.options(fake, null))
        .build();
  }

  private RecordedCall tokenCall() {
    return fake.journal().calls("POST", "/" + fake.tenantId()).get(0);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
