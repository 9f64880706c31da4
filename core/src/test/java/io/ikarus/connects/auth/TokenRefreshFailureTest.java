package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.CLIENT_SECRET;
import static io.ikarus.connects.auth.TestSecrets.SECOND_ACCESS_TOKEN;
import static io.ikarus.connects.auth.TokenServer.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.AuthenticationException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 items 4 and 9: a failed early refresh leaves the still-valid token in service and is
 * retried after a backoff; a refused grant is remembered.
 */
class TokenRefreshFailureTest {

  private static final String FAILURE = "{\"error\":\"server_error\",\"error_description\":\"x\"}";
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private TokenServer server;
  private TestAuthContext context;

  @BeforeEach
  void start() throws Exception {
    server = new TokenServer();
    context = new TestAuthContext(server.endpoint(), null, clock);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFailedEarlyRefreshServesTheCachedTokenUntilItExpires() throws Exception {
    OAuth2 auth = OAuth2.clientCredentials("app-id", CLIENT_SECRET);
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    auth.token(context).get();
    clock.advance(Duration.ofSeconds(3600 - 30));
    server.reply(500, FAILURE);

    assertThat(auth.token(context).get().value()).isEqualTo(ACCESS_TOKEN);
    awaitRequests(2);
    assertThat(auth.token(context).get().value()).as("in the backoff").isEqualTo(ACCESS_TOKEN);
    assertThat(server.requestCount()).as("no refresh during the backoff").isEqualTo(2);

    clock.advance(Duration.ofSeconds(5));
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, null));
    auth.token(context).get();
    awaitRequests(3);
    assertThat(auth.token(context).get().value()).isEqualTo(SECOND_ACCESS_TOKEN);
  }

  @Test
  void aFailedRefreshAfterRealExpiryFails() throws Exception {
    OAuth2 auth = OAuth2.clientCredentials("app-id", CLIENT_SECRET);
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    auth.token(context).get();
    clock.advance(Duration.ofSeconds(3601));
    server.reply(500, FAILURE);

    assertThatThrownBy(() -> auth.token(context).get()).isInstanceOf(ExecutionException.class);
  }

  @Test
  void aRefusedGrantIsRememberedInsteadOfAskedAgain() {
    OAuth2 auth = OAuth2.refreshToken("app-id", CLIENT_SECRET, "refresh-t0ken-value");
    server.reply(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}");

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> auth.token(context).get())
          .hasCauseInstanceOf(AuthenticationException.class)
          .cause()
          .satisfies(
              e ->
                  assertThat(((AuthenticationException) e).vendorCode())
                      .isEqualTo("invalid_grant"));
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  private void awaitRequests(int count) throws InterruptedException {
    for (int i = 0; i < 500 && server.requestCount() < count; i++) {
      Thread.sleep(10);
    }
    Thread.sleep(50);
  }
}
