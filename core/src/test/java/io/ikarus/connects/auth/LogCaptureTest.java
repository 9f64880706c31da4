package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.ROTATED_REFRESH_TOKEN;
import static io.ikarus.connects.auth.TokenServer.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Runs every auth flow, successes and failures, with the SDK logging at DEBUG (slf4j-simple,
 * configured in src/test/resources/simplelogger.properties to write to System.err) and checks that
 * no secret reaches a log line or an exception message.
 */
class LogCaptureTest {

  private final List<String> assertions = new ArrayList<>();
  private final StringBuilder messages = new StringBuilder();

  @Test
  void noFlowLogsASecret() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (TokenServer server = new TokenServer()) {
      TestAuthContext context =
          new TestAuthContext(
              server.endpoint(), "https://login.salesforce.com", new MutableClock(Instant.EPOCH));
      for (AuthProvider provider : SecretLeakTest.everyProvider()) {
        runFlow(provider, server, context);
      }
      runFailingListener(server, context);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    original.print(log);

    assertThat(log)
        .contains("password grant")
        .contains("obtained a token")
        .contains("rotated the refresh token")
        .contains("token request failed: [test token] HTTP 400 invalid_grant");
    List<String> secrets = new ArrayList<>(SecretLeakTest.derivedSecrets());
    secrets.addAll(assertions);
    TestSecrets.assertNoSecret(log, secrets);
    TestSecrets.assertNoSecret(messages.toString(), secrets);
  }

  private void runFlow(AuthProvider provider, TokenServer server, TestAuthContext context)
      throws Exception {
    if (provider.canRefresh()) {
      server.reply(tokenJson(ACCESS_TOKEN, 3600, ROTATED_REFRESH_TOKEN));
    }
    AccessToken token = provider.token(context).get();
    provider.apply(token, new RecordingTarget());
    if (!provider.canRefresh()) {
      return;
    }
    collectAssertions(server.takeForm());
    provider.invalidate(token);
    server.reply(
        400, "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}");
    expectFailure(provider, context);
    collectAssertions(server.takeForm());
    // A refused grant is remembered: the next call fails without asking the token endpoint again.
    int asked = server.requestCount();
    expectFailure(provider, context);
    assertThat(server.requestCount()).isEqualTo(asked);
  }

  private void runFailingListener(TokenServer server, TestAuthContext context) throws Exception {
    OAuth2 auth =
        OAuth2.refreshToken("client", TestSecrets.CLIENT_SECRET, TestSecrets.REFRESH_TOKEN)
            .withRefreshTokenListener(
                token -> {
                  throw new IllegalStateException("store unavailable");
                });
    server.reply(tokenJson(ACCESS_TOKEN, 3600, ROTATED_REFRESH_TOKEN));
    expectFailure(auth, context);
    server.takeForm();
  }

  private void expectFailure(AuthProvider provider, TestAuthContext context) {
    try {
      provider.token(context).join();
      throw new AssertionError("expected the token request to fail");
    } catch (CompletionException e) {
      messages.append(e.getCause().getMessage()).append('\n');
    }
  }

  private void collectAssertions(Map<String, String> form) {
    for (String field : List.of("assertion", "client_assertion")) {
      if (form.containsKey(field)) {
        assertions.add(form.get(field));
      }
    }
  }
}
