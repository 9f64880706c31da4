package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.internal.TokenRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials the fake accepts: private-app tokens, and OAuth clients with their authorization
 * codes, access tokens (30 minutes by default) and refresh tokens (reused, or rotated on request).
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

  /** An OAuth client. @param secret the client secret @param redirectUri the registered URI */
  public record Client(String secret, String redirectUri) {}

  private final Set<String> privateAppTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, Client> clients = new ConcurrentHashMap<>();
  private final Map<String, String> codes = new ConcurrentHashMap<>();
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  private final TokenRegistry registry;
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private volatile Duration accessTokenTtl = Duration.ofMinutes(30);
  private volatile boolean rotateRefreshTokens;

  /** Tokens whose OAuth access tokens live in {@code registry} (and expire with it). */
  public Tokens(TokenRegistry registry) {
    this.registry = registry;
    registry.lifetime(accessTokenTtl);
  }

  /** Accepts {@code token} as a private-app token. */
  public void addPrivateAppToken(String token) {
    privateAppTokens.add(token);
  }

  /** Registers an OAuth client. */
  public void addClient(String clientId, String secret, String redirectUri) {
    clients.put(clientId, new Client(secret, redirectUri));
  }

  /** The client {@code clientId}, or null. */
  public Client client(String clientId) {
    return clientId == null ? null : clients.get(clientId);
  }

  /** Issues a single-use authorization code for {@code clientId}, as the consent screen would. */
  public String issueCode(String clientId) {
    String code = "code-" + UUID.randomUUID();
    codes.put(code, clientId);
    return code;
  }

  /** Redeems a code; null when unknown, used, or issued to another client. */
  public String redeemCode(String code, String clientId) {
    return code != null && codes.remove(code, clientId) ? clientId : null;
  }

  /** Issues a refresh token for {@code clientId}, as a completed consent would. */
  public String issueRefreshToken(String clientId) {
    String token = "refresh-" + UUID.randomUUID();
    refreshTokens.put(token, clientId);
    return token;
  }

  /** The refresh token to return after {@code used} was redeemed: the same, or a rotated one. */
  public String afterRefresh(String used, String clientId) {
    if (!rotateRefreshTokens) {
      return used;
    }
    refreshTokens.remove(used);
    return issueRefreshToken(clientId);
  }

  /** The client a refresh token belongs to, or null. */
  public String refreshTokenClient(String token) {
    return token == null ? null : refreshTokens.get(token);
  }

  /** Issues an access token valid for the configured lifetime. */
  public String issueAccessToken() {
    String token = registry.issue("oauth-");
    accessTokens.add(token);
    return token;
  }

  /** The access-token lifetime in seconds. */
  public long ttlSeconds() {
    return accessTokenTtl.toSeconds();
  }

  /** Sets the access-token lifetime. */
  public void accessTokenTtl(Duration ttl) {
    this.accessTokenTtl = ttl;
    registry.lifetime(ttl);
  }

  /** Makes each refresh return a new refresh token and retire the old one. */
  public void rotateRefreshTokens(boolean rotate) {
    this.rotateRefreshTokens = rotate;
  }

  /** Expires every OAuth access token issued so far. */
  public void expireAccessTokens() {
    registry.expireAll();
  }

  /** Checks an {@code Authorization} header value. */
  public Check check(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return Check.MISSING;
    }
    String token = authorization.substring("Bearer ".length()).trim();
    if (privateAppTokens.contains(token)) {
      return Check.VALID;
    }
    if (registry.isValid(token)) {
      return Check.VALID;
    }
    return accessTokens.contains(token) ? Check.EXPIRED : Check.INVALID;
  }
}
