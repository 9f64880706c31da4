package io.ikarus.connects.testkit.internal.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The access tokens a fake has issued: random bearer strings with an issue time, an optional
 * lifetime on the fake's clock, and a switch to invalidate them all. Thread-safe.
 */
public final class TokenRegistry {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> issued = new HashMap<>();
  private final Clock clock;
  private final Duration lifetime;

  /** Creates a registry; a zero {@code lifetime} means tokens live until expired by hand. */
  public TokenRegistry(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Issues a new token made of {@code prefix} and 40 random URL-safe characters. */
  public synchronized String issue(String prefix) {
    byte[] bytes = new byte[30];
    random.nextBytes(bytes);
    String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.put(token, clock.instant());
    return token;
  }

  /** True when {@code token} was issued, is not expired and was not invalidated. */
  public synchronized boolean isValid(String token) {
    Instant at = token == null ? null : issued.get(token);
    return at != null && (lifetime.isZero() || clock.instant().isBefore(at.plus(lifetime)));
  }

  /** The lifetime of every token; zero means unlimited. */
  public Duration lifetime() {
    return lifetime;
  }

  /** Invalidates every token issued so far. */
  public synchronized void expireAll() {
    issued.clear();
  }
}
