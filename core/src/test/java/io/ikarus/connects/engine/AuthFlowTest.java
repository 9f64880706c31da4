package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.event.ConnectorListener.TokenRefreshedEvent;
import io.ikarus.connects.minicrm.MiniCrmServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The 401 flow with the SDK's own OAuth2 client-credentials provider. */
class AuthFlowTest extends EngineFixture {

  @Test
  void fiftyConcurrent401sShareOneRefreshAndAllSucceed() {
    try (MiniCrmServer fake = new MiniCrmServer();
        ProbeConnector crm = oauthConnector(fake, MiniCrmServer.SECRET)) {
      String id = await(crm.create("contacts", Map.of("name", "Ada"))).id();
      assertThat(fake.tokenRequests()).isEqualTo(1);
      fake.expireToken();

      List<CompletableFuture<CrmRecord>> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(crm.get("contacts", id));
      }

      assertThat(calls).allSatisfy(c -> assertThat(await(c).id()).isEqualTo(id));
      assertThat(fake.tokenRequests()).as("token requests in all").isEqualTo(2);
      assertThat(events(TokenRefreshedEvent.class)).hasSize(2);
    }
  }

  @Test
  void aSecond401FailsWithTheVendorMessage() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return request.getUrl().encodedPath().equals("/oauth/token")
                ? json(200, "{\"access_token\":\"tok\",\"expires_in\":3600}")
                : json(
                    401, "{\"error\":{\"code\":\"REVOKED\",\"message\":\"user was deactivated\"}}");
          }
        });
    ClientOptions options = options().authUrl(server.url("/").uri()).build();

    try (ProbeConnector crm =
        new ProbeConnector(OAuth2.clientCredentials("app", "top-secret-1"), options)) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.vendorCode()).isEqualTo("REVOKED");
                assertThat(e.getMessage()).contains("user was deactivated", "minicrm", "get");
              });
    }
    assertThat(server.getRequestCount()).as("token, call, token, replay").isEqualTo(4);
  }

  @Test
  void aRefusedTokenRequestNamesTheOAuthError() {
    try (MiniCrmServer fake = new MiniCrmServer();
        ProbeConnector crm = oauthConnector(fake, "wrong-secret-42")) {
      assertThatThrownBy(() -> await(crm.authenticate()))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.vendorCode()).isEqualTo("invalid_client");
                assertThat(e.getMessage())
                    .contains("client secret refused")
                    .doesNotContain("wrong-secret-42");
              });
      assertThat(fake.requestCount()).isZero();
    }
  }

  private ProbeConnector oauthConnector(MiniCrmServer fake, String secret) {
    ClientOptions options = options().baseUrl(fake.baseUrl()).authUrl(fake.rootUrl()).build();
    return new ProbeConnector(OAuth2.clientCredentials("app", secret), options);
  }
}
