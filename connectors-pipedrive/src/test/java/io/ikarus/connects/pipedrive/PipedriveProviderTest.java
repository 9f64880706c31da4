package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ConfigurationException;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakePipedrive;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipedriveProviderTest {

  @Test
  void fromConfigWithTheSeedShapeBuildsAWorkingConnector() {
    try (FakePipedrive fake = FakePipedrive.builder().unlimited().start()) {
      String json =
          """
          {"crm_type": "pipedrive",
           "auth_config": {"api_token": "${env:PD_TOKEN}", "object_type": "DEAL"},
           "field_mapping": {},
           "options": {"base_url": "%s", "plan": "growth", "seats": 3}}
          """
              .formatted(fake.url());
      try (CrmConnector crm = CrmConnectors.fromConfig(json, name -> fake.apiToken())) {
        assertThat(crm).isInstanceOf(PipedriveConnector.class);
        PipedriveConnector pd = (PipedriveConnector) crm;
        assertThat(pd.defaultObject()).contains("deals");
        CrmRecord deal =
            await(crm.create(pd.defaultObject().orElseThrow(), Map.of("title", "From config")));
        assertThat(fake.record("deals", deal.id())).isPresent();
        assertThat(fake.journal().last().headers().get("x-api-token"))
            .containsExactly(fake.apiToken());
        assertThat(fake.journal().last().query()).doesNotContainKey("api_token");
        assertThat(crm.toString()).doesNotContain(fake.apiToken());
      }
    }
  }

  @Test
  void aMisspelledKeyIsRefusedNamingTheClosestOne() {
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of(
                        "crm_type", "pipedrive",
                        "auth_config", Map.of("api_token", "t"),
                        "options", Map.of("daily_budjet", 1000))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("options.daily_budjet")
        .hasMessageContaining("daily_budget");
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of("crm_type", "pipedrive", "auth_config", Map.of("apitoken", "t"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("api_token");
  }

  @Test
  void badConfigurationNamesTheKeyAtFault() {
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of("crm_type", "pipedrive", "auth_config", Map.of("object_type", "DEAL"))))
        .hasMessageContaining("api_token");
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of(
                        "crm_type",
                        "pipedrive",
                        "auth_config",
                        Map.of("api_token", "t", "object_type", "TICKET"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("TICKET");
  }

  @Test
  void oauthExchangesTheCodeWithBasicAuthAndCallsTheApiDomain() {
    try (FakePipedrive fake = FakePipedrive.builder().unlimited().start()) {
      OAuth2 auth =
          OAuth2.authorizationCode(
                  fake.clientId(),
                  fake.clientSecret(),
                  fake.issueAuthorizationCode(),
                  URI.create(fake.redirectUri()))
              .withBasicClientAuthentication()
              .withTokenEndpoint(URI.create(fake.tokenUrl()));
      try (PipedriveConnector crm = PipedriveConnector.builder().auth(auth).build()) {
        CrmRecord p = await(crm.create("persons", Map.of("name", "Via OAuth")));
        assertThat(fake.record("persons", p.id())).isPresent();
        assertThat(
                fake.journal()
                    .calls("POST", "/oauth/token")
                    .get(0)
                    .headers()
                    .get("authorization")
                    .get(0))
            .startsWith("Basic ");
        fake.expireTokens();
        assertThat(await(crm.get("persons", p.id())).field("name")).isEqualTo("Via OAuth");
        assertThat(fake.journal().calls("POST", "/oauth/token")).hasSize(2);
        assertThat(fake.journal().calls("POST", "/oauth/token").get(1).body())
            .contains("grant_type=refresh_token");
      }
    }
  }

  @Test
  void theBuilderUrlsWinOverTheTokensApiDomain() {
    try (FakePipedrive issuer = FakePipedrive.builder().unlimited().start();
        FakePipedrive company = FakePipedrive.builder().unlimited().start()) {
      OAuth2 auth =
          OAuth2.refreshToken(issuer.clientId(), issuer.clientSecret(), issuer.issueRefreshToken())
              .withBasicClientAuthentication();
      try (PipedriveConnector crm =
          PipedriveConnector.builder()
              .auth(auth)
              .authUrl(URI.create(issuer.url()))
              .baseUrl(URI.create(company.url()))
              .build()) {
        assertThatThrownBy(() -> await(crm.get("persons", "1"))).isInstanceOf(CrmException.class);
        assertThat(issuer.journal().calls("POST", "/oauth/token")).isNotEmpty();
        assertThat(issuer.journal().calls("GET", "/api/")).isEmpty();
        assertThat(company.journal().calls("GET", "/api/v2/persons/1")).isNotEmpty();
      }
    }
  }
}
