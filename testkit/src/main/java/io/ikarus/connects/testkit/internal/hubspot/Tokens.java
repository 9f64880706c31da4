package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials the fake accepts: private-app tokens, and the OAuth {@link #grants()} (access
 * tokens live as long as their registry says; refresh tokens reused, or rotated on request).
 * Thread-safe.
 */
public final class Tokens {

  /** The outcome of checking a bearer token. */
  public enum Check {
    /** Accepted. */
    VALID,
    /** No or malformed {@code Authorization} header. */
    MISSING,
    /** Unknown token. */
    INVALID,
    /** A known OAuth access token past its expiry. */
    EXPIRED
  }

  private final Set<String> privateAppTokens = ConcurrentHashMap.newKeySet();
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  private final OAuthGrants grants;

  /** Tokens whose OAuth access tokens live in {@code registry} (and expire with it). */
  public Tokens(Clock clock, TokenRegistry registry) {
    this.grants = new OAuthGrants(clock, registry, "code-", "refresh-");
  }

  /** The OAuth clients, codes and refresh tokens. */
  public OAuthGrants grants() {
    return grants;
  }

  /** Accepts {@code token} as a private-app token. */
  public void addPrivateAppToken(String token) {
    privateAppTokens.add(token);
  }

  /** Issues an access token valid for the configured lifetime. */
  public String issueAccessToken() {
    String token = grants.issueAccessToken("oauth-");
    accessTokens.add(token);
    return token;
  }

  /** The access-token lifetime in seconds. */
  public long ttlSeconds() {
    return grants.accessTokens().lifetime().toSeconds();
  }

  /** Expires every OAuth access token issued so far. */
  public void expireAccessTokens() {
    grants.accessTokens().expireAll();
  }

  /** Checks an {@code Authorization} header value. */
  public Check check(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return Check.MISSING;
    }
    String token = authorization.substring("Bearer ".length()).trim();
    if (privateAppTokens.contains(token) || grants.accessTokens().isValid(token)) {
      return Check.VALID;
    }
    return accessTokens.contains(token) ? Check.EXPIRED : Check.INVALID;
  }
}
