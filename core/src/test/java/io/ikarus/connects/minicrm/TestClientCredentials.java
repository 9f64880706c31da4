package io.ikarus.connects.minicrm;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A refreshing client-credentials {@link AuthProvider} test double: single-flight (concurrent
 * callers share one token request), forgets a token on {@link #invalidate}. Stands in for the SDK's
 * OAuth2 in engine tests so that they test the engine's 401 flow, not a token cache.
 */
public final class TestClientCredentials implements AuthProvider {

  private final String secret;
  private final AtomicReference<CompletableFuture<AccessToken>> current = new AtomicReference<>();

  /** Authenticates with {@code secret}. */
  public TestClientCredentials(String secret) {
    this.secret = secret;
  }

  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    CompletableFuture<AccessToken> existing = current.get();
    if (existing != null && !existing.isCompletedExceptionally()) {
      return existing;
    }
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    if (!current.compareAndSet(existing, mine)) {
      return token(context);
    }
    context
        .postForm(
            context.tokenEndpoint(),
            Map.of("grant_type", "client_credentials", "client_id", "app", "client_secret", secret),
            Map.of())
        .thenApply(
            body -> {
              AccessToken t = new AccessToken((String) body.get("access_token"), null, Map.of());
              context.tokenRefreshed(t);
              return t;
            })
        .whenComplete((t, e) -> complete(mine, t, e));
    return mine;
  }

  private static void complete(CompletableFuture<AccessToken> f, AccessToken t, Throwable e) {
    if (e != null) {
      f.completeExceptionally(e);
    } else {
      f.complete(t);
    }
  }

  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header("Authorization", "Bearer " + token.value());
  }

  @Override
  public void invalidate(AccessToken rejected) {
    CompletableFuture<AccessToken> f = current.get();
    if (f != null && f.isDone() && !f.isCompletedExceptionally() && f.join().equals(rejected)) {
      current.compareAndSet(f, null);
    }
  }

  @Override
  public boolean canRefresh() {
    return true;
  }

  @Override
  public String toString() {
    return "TestClientCredentials{secret=***}";
  }
}
