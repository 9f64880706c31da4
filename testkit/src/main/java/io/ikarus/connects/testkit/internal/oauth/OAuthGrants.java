package io.ikarus.connects.testkit.internal.oauth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth state every fake token endpoint works on: registered clients, single-use authorization
 * codes with an issue time, refresh tokens (re-issued as they are, or rotated), and access tokens
 * in a {@link TokenRegistry}; with the HTTP Basic reading token endpoints share. A vendor's
 * endpoint keeps only its grant order, its checks' order and its error bodies. Thread-safe.
 */
public final class OAuthGrants {

  /** A registered client: its secret and its one redirect URI (either may be null). */
  public record Client(String id, String secret, String redirectUri) {}

  /** An authorization code as issued: to whom, for which redirect URI, when. */
  public record Code(String clientId, String redirectUri, Instant issued) {}

  /** Client credentials sent with HTTP Basic. */
  public record Basic(String id, String secret) {}

  private final Clock clock;
  private final TokenRegistry accessTokens;
  private final String codePrefix;
  private final String refreshPrefix;
  private final Map<String, Client> clients = new ConcurrentHashMap<>();
  private final Map<String, Code> codes = new ConcurrentHashMap<>();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private volatile boolean rotateRefreshTokens;

  /**
   * Grants whose access tokens live in {@code accessTokens}; codes and refresh tokens are the
   * prefixes followed by a random UUID.
   */
  public OAuthGrants(
      Clock clock, TokenRegistry accessTokens, String codePrefix, String refreshPrefix) {
    this.clock = clock;
    this.accessTokens = accessTokens;
    this.codePrefix = codePrefix;
    this.refreshPrefix = refreshPrefix;
  }

  /** Registers (or replaces) a client. */
  public void addClient(String id, String secret, String redirectUri) {
    clients.put(id, new Client(id, secret, redirectUri));
  }

  /** The client {@code id}, or null. */
  public Client client(String id) {
    return id == null ? null : clients.get(id);
  }

  /** Issues a single-use code for {@code clientId}, as a user's consent would. */
  public String issueCode(String clientId, String redirectUri) {
    String code = codePrefix + UUID.randomUUID();
    codes.put(code, new Code(clientId, redirectUri, clock.instant()));
    return code;
  }

  /** Takes a code out of use: the code as issued, or null when unknown or already used. */
  public Code redeemCode(String code) {
    return code == null ? null : codes.remove(code);
  }

  /** Issues a refresh token for {@code clientId}, as a completed consent would. */
  public String issueRefreshToken(String clientId) {
    String token = refreshPrefix + UUID.randomUUID();
    refreshTokens.put(token, clientId);
    return token;
  }

  /**
   * Redeems a refresh token of {@code clientId} (of any client when null): the refresh token to
   * answer, the same or, when rotating, a new one that retires it; null when the token is unknown,
   * retired or another client's.
   */
  public String refresh(String token, String clientId) {
    String owner = token == null ? null : refreshTokens.get(token);
    if (owner == null || (clientId != null && !clientId.equals(owner))) {
      return null;
    }
    if (!rotateRefreshTokens) {
      return token;
    }
    return refreshTokens.remove(token, owner) ? issueRefreshToken(owner) : null;
  }

  /** Makes each refresh answer a new refresh token and retire the one used. */
  public void rotateRefreshTokens(boolean rotate) {
    this.rotateRefreshTokens = rotate;
  }

  /** The access tokens, where endpoints issue them. */
  public TokenRegistry accessTokens() {
    return accessTokens;
  }

  /** The client credentials of an {@code Authorization: Basic} header, or null. */
  public static Basic basic(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(header.substring(6).trim());
      String[] idAndSecret = new String(bytes, StandardCharsets.UTF_8).split(":", 2);
      return new Basic(idAndSecret[0], idAndSecret.length > 1 ? idAndSecret[1] : null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
