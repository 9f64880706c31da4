package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.minicrm.MiniCrmServer;
import io.ikarus.connects.resilience.RateLimitSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 1: the token request never waits for a concurrency slot held by a call that waits
 * for that token (cold start and a session expiring under load), at small and vendor-default
 * concurrency.
 */
class TokenUnderLoadTest extends EngineFixture {

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 25})
  void coldCallsAtFullConcurrencyShareOneTokenRequest(int maxConcurrent) {
    try (MiniCrmServer fake = new MiniCrmServer();
        ProbeConnector crm = oauthConnector(fake, maxConcurrent)) {
      List<CompletableFuture<CrmRecord>> calls = new ArrayList<>();
      for (int i = 0; i < maxConcurrent * 2; i++) {
        calls.add(crm.create("contacts", Map.of("name", "Ada" + i)));
      }
      assertThat(calls).allSatisfy(c -> assertThat(await(c).id()).isNotBlank());
      assertThat(fake.tokenRequests()).as("token requests at the server").isEqualTo(1);
      assertThat(fake.requestCount()).isEqualTo(maxConcurrent * 2);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 25})
  void inFlightCallsThatAllGet401ShareOneRefresh(int maxConcurrent) {
    try (MiniCrmServer fake = new MiniCrmServer();
        ProbeConnector crm = oauthConnector(fake, maxConcurrent)) {
      String id = await(crm.create("contacts", Map.of("name", "Ada"))).id();
      fake.expireToken();
      List<CompletableFuture<CrmRecord>> calls = new ArrayList<>();
      for (int i = 0; i < maxConcurrent * 2; i++) {
        calls.add(crm.get("contacts", id));
      }
      assertThat(calls).allSatisfy(c -> assertThat(await(c).id()).isEqualTo(id));
      assertThat(fake.tokenRequests()).as("token requests at the server").isEqualTo(2);
    }
  }

  private ProbeConnector oauthConnector(MiniCrmServer fake, int maxConcurrent) {
    ClientOptions options =
        options()
            .baseUrl(fake.baseUrl())
            .authUrl(fake.rootUrl())
            .rateLimit(
                RateLimitSettings.builder()
                    .maxConcurrent(maxConcurrent)
                    .maxWait(Duration.ofMinutes(10))
                    .build())
            .build();
    return new ProbeConnector(OAuth2.clientCredentials("app", MiniCrmServer.SECRET), options);
  }
}
