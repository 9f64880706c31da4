package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.CLIENT_SECRET;
import static io.ikarus.connects.auth.TestSecrets.SECOND_ACCESS_TOKEN;
import static io.ikarus.connects.auth.TokenServer.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token caching, refresh ahead of expiry, and single-flight fetching. */
class OAuth2CacheTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private TokenServer server;
  private TestAuthContext context;
  private OAuth2 auth;

  @BeforeEach
  void start() throws Exception {
    server = new TokenServer();
    context = new TestAuthContext(server.endpoint(), null, clock);
    auth = OAuth2.clientCredentials("app-id", CLIENT_SECRET);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFreshTokenIsServedFromTheCacheUntilSkewBeforeExpiry() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    AccessToken first = auth.token(context).get();
    assertThat(first.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));

    clock.advance(Duration.ofSeconds(3600 - 61));
    assertThat(auth.token(context).get().value()).isEqualTo(ACCESS_TOKEN);
    assertThat(server.requestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, null));
    assertThat(auth.token(context).get().value()).isEqualTo(SECOND_ACCESS_TOKEN);
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(context.refreshed)
        .extracting(AccessToken::value)
        .containsExactly(ACCESS_TOKEN, SECOND_ACCESS_TOKEN);
  }

  @Test
  void theSkewIsConfigurable() throws Exception {
    OAuth2 skewed = auth.withRefreshSkew(Duration.ofMinutes(10));
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    skewed.token(context).get();

    clock.advance(Duration.ofMinutes(50).plusSeconds(1));
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, null));

    assertThat(skewed.token(context).get().value()).isEqualTo(SECOND_ACCESS_TOKEN);
  }

  @Test
  void aLifetimeShorterThanTheSkewIsUsedForHalfOfIt() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 30, null));
    auth.token(context).get();

    clock.advance(Duration.ofSeconds(14));
    assertThat(auth.token(context).get().value()).isEqualTo(ACCESS_TOKEN);
    clock.advance(Duration.ofSeconds(1));
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 30, null));
    assertThat(auth.token(context).get().value()).isEqualTo(SECOND_ACCESS_TOKEN);
  }

  @Test
  void aTokenWithoutExpiryIsKeptUntilRejected() throws Exception {
    server.reply("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"Bearer\"}");
    AccessToken first = auth.token(context).get();
    assertThat(first.expiresAt()).isNull();

    clock.advance(Duration.ofDays(30));
    assertThat(auth.token(context).get()).isSameAs(first);

    auth.invalidate(first);
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, null, null));
    assertThat(auth.token(context).get().value()).isEqualTo(SECOND_ACCESS_TOKEN);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void fiftyConcurrentCallersCauseOneTokenRequest() throws Exception {
    CountDownLatch release = server.hold();
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));

    List<CompletableFuture<AccessToken>> calls = concurrently(50, () -> auth.token(context));
    assertThat(calls).noneMatch(CompletableFuture::isDone);
    release.countDown();

    for (CompletableFuture<AccessToken> call : calls) {
      assertThat(call.get(5, TimeUnit.SECONDS).value()).isEqualTo(ACCESS_TOKEN);
    }
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(context.refreshed).hasSize(1);
  }

  @Test
  void concurrentInvalidationsOfOneTokenCauseOneRefresh() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    AccessToken stale = auth.token(context).get();
    CountDownLatch release = server.hold();
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, null));

    List<CompletableFuture<AccessToken>> retries =
        concurrently(
            50,
            () -> {
              auth.invalidate(stale);
              return auth.token(context);
            });
    release.countDown();

    for (CompletableFuture<AccessToken> retry : retries) {
      assertThat(retry.get(5, TimeUnit.SECONDS).value()).isEqualTo(SECOND_ACCESS_TOKEN);
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  /** Runs {@code call} {@code n} times on 8 threads released at once; returns what each got. */
  private static List<CompletableFuture<AccessToken>> concurrently(
      int n, Supplier<CompletableFuture<AccessToken>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<CompletableFuture<AccessToken>>> submitted = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        submitted.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.get();
                }));
      }
      start.countDown();
      List<CompletableFuture<AccessToken>> results = new ArrayList<>();
      for (Future<CompletableFuture<AccessToken>> f : submitted) {
        results.add(f.get(5, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void invalidatingAnAlreadyReplacedTokenIsANoOp() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    AccessToken stale = auth.token(context).get();
    auth.invalidate(stale);
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, null));
    AccessToken fresh = auth.token(context).get();

    auth.invalidate(stale);

    assertThat(auth.token(context).get()).isSameAs(fresh);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void cancellingOneCallerDoesNotCancelTheSharedRequest() throws Exception {
    CountDownLatch release = server.hold();
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    CompletableFuture<AccessToken> impatient = auth.token(context);
    CompletableFuture<AccessToken> patient = auth.token(context);

    impatient.cancel(true);
    release.countDown();

    assertThat(patient.get(5, TimeUnit.SECONDS).value()).isEqualTo(ACCESS_TOKEN);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void copiesHaveTheirOwnCache() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    server.reply(tokenJson(SECOND_ACCESS_TOKEN, 3600, null));

    auth.token(context).get();
    auth.withScope("other").token(context).get();

    assertThat(server.requestCount()).isEqualTo(2);
  }
}
