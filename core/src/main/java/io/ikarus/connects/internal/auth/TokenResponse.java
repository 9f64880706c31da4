package io.ikarus.connects.internal.auth;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parsed token response. Accepts the snake_case fields of RFC 6749 and the camelCase ones of
 * newer vendor endpoints (HubSpot's v3 OAuth API), an {@code expires_in} given as a number or a
 * string, and no {@code expires_in} at all (Salesforce), which leaves the expiry unknown.
 *
 * @param token the access token with every non-secret response field as attributes
 * @param refreshToken the refresh token, or null when the response has none
 */
public record TokenResponse(AccessToken token, Secret refreshToken) {

  private static final Set<String> SECRETS =
      Set.of("access_token", "accessToken", "refresh_token", "refreshToken", "id_token", "idToken");

  /**
   * Parses {@code body}, received at {@code receivedAt}.
   *
   * @throws AuthenticationException when there is no access token or the expiry is not a number
   */
  public static TokenResponse parse(
      Map<String, Object> body, Instant receivedAt, String connector) {
    String access = text(body, "access_token", "accessToken");
    if (access == null || access.isBlank()) {
      throw error(connector, "the token response has no access_token");
    }
    Map<String, Object> attributes = new LinkedHashMap<>(body);
    attributes.keySet().removeAll(SECRETS);
    Instant expiresAt = expiresAt(body, receivedAt, connector);
    return new TokenResponse(
        new AccessToken(access, expiresAt, attributes),
        Secret.ofNullable(text(body, "refresh_token", "refreshToken")));
  }

  private static Instant expiresAt(Map<String, Object> body, Instant receivedAt, String connector) {
    Object value = body.get("expires_in");
    if (value == null) {
      value = body.get("expiresIn");
    }
    if (value == null) {
      return null;
    }
    try {
      long seconds =
          value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
      if (seconds < 0) {
        throw new NumberFormatException("negative");
      }
      return receivedAt.plusSeconds(seconds);
    } catch (NumberFormatException e) {
      throw error(
          connector, "the token response's expires_in is not a number of seconds: " + value);
    }
  }

  private static String text(Map<String, Object> body, String snake, String camel) {
    Object value = body.containsKey(snake) ? body.get(snake) : body.get(camel);
    return value == null ? null : value.toString();
  }

  private static AuthenticationException error(String connector, String detail) {
    return new AuthenticationException(detail, ErrorContext.of(connector, "token"));
  }
}
