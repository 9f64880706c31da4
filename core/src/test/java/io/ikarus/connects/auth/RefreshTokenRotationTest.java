package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.CLIENT_SECRET;
import static io.ikarus.connects.auth.TestSecrets.REFRESH_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.ROTATED_REFRESH_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.SECOND_ACCESS_TOKEN;
import static io.ikarus.connects.auth.TokenServer.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ikarus.connects.error.AuthenticationException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rotated refresh token is persisted before its access token is used. */
class RefreshTokenRotationTest {

  private TokenServer server;
  private TestAuthContext context;

  @BeforeEach
  void start() throws Exception {
    server = new TokenServer();
    context = new TestAuthContext(server.endpoint(), null, new MutableClock(Instant.EPOCH));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theListenerGetsTheNewRefreshTokenBeforeTheAccessTokenIsHandedOut() throws Exception {
    AtomicReference<CompletableFuture<AccessToken>> caller = new AtomicReference<>();
    List<String> events = new CopyOnWriteArrayList<>();
    OAuth2 auth =
        OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN)
            .withRefreshTokenListener(
                token -> {
                  events.add("stored " + token);
                  events.add("caller done: " + caller.get().isDone());
                  events.add("reported: " + context.refreshed.size());
                });
    var release = server.hold();
    server.reply(tokenJson(ACCESS_TOKEN, 3600, ROTATED_REFRESH_TOKEN));

    caller.set(auth.token(context));
    release.countDown();

    assertThat(caller.get().get().value()).isEqualTo(ACCESS_TOKEN);
    assertThat(events)
        .containsExactly("stored " + ROTATED_REFRESH_TOKEN, "caller done: false", "reported: 0");
    assertThat(context.refreshed).hasSize(1);
  }

  @Test
  void theNextRefreshUsesTheRotatedToken() throws Exception {
    OAuth2 auth = OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN);
    server.reply(tokenJson(ACCESS_TOKEN, 3600, ROTATED_REFRESH_TOKEN));
    auth.invalidate(auth.token(context).get());
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, ROTATED_REFRESH_TOKEN));

    auth.token(context).get();

    assertThat(server.takeForm()).containsEntry("refresh_token", REFRESH_TOKEN);
    assertThat(server.takeForm()).containsEntry("refresh_token", ROTATED_REFRESH_TOKEN);
  }

  @Test
  void anUnchangedRefreshTokenIsNotReportedAgain() throws Exception {
    List<String> stored = new CopyOnWriteArrayList<>();
    OAuth2 auth =
        OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN)
            .withRefreshTokenListener(stored::add);
    server.reply(tokenJson(ACCESS_TOKEN, 3600, REFRESH_TOKEN));

    auth.token(context).get();

    assertThat(stored).isEmpty();
  }

  @Test
  void aThrowingListenerFailsTheRequestAndTheTokenIsNotUsed() throws Exception {
    List<String> stored = new CopyOnWriteArrayList<>();
    boolean[] fail = {true};
    OAuth2 auth =
        OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN)
            .withRefreshTokenListener(
                token -> {
                  if (fail[0]) {
                    throw new IOException("disk full");
                  }
                  stored.add(token);
                });
    server.reply(tokenJson(ACCESS_TOKEN, 3600, ROTATED_REFRESH_TOKEN));

    ExecutionException failure =
        catchThrowableOfType(ExecutionException.class, () -> auth.token(context).get());

    assertThat(failure.getCause())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("refresh token listener failed")
        .hasMessageContaining("the new access token was not used")
        .hasRootCauseMessage("disk full");
    assertThat(context.refreshed).isEmpty();

    fail[0] = false;
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, "rt-third"));
    assertThat(auth.token(context).get().value()).isEqualTo(SECOND_ACCESS_TOKEN);
    server.takeForm();
    assertThat(server.takeForm())
        .as("the rotated token is kept in memory: the old one is dead after rotation")
        .containsEntry("refresh_token", ROTATED_REFRESH_TOKEN);
    assertThat(stored).containsExactly("rt-third");
  }

  @Test
  void camelCaseRefreshTokensRotateToo() throws Exception {
    List<String> stored = new CopyOnWriteArrayList<>();
    OAuth2 auth =
        OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN)
            .withRefreshTokenListener(stored::add);
    server.reply(
        "{\"accessToken\":\""
            + ACCESS_TOKEN
            + "\",\"refreshToken\":\""
            + ROTATED_REFRESH_TOKEN
            + "\",\"expiresIn\":1800,\"tokenType\":\"bearer\"}");

    auth.token(context).get();

    assertThat(stored).containsExactly(ROTATED_REFRESH_TOKEN);
  }
}
