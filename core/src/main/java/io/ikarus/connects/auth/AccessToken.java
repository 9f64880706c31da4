package io.ikarus.connects.auth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A credential obtained from a token server (or a static one), with its expiry and whatever else
 * the server returned (Salesforce's {@code instance_url}, for example). Immutable; {@link
 * #toString()} never shows the token.
 *
 * @param value the token itself
 * @param expiresAt when it expires, or null when the server did not say
 * @param attributes other fields of the token response; secrets such as a refresh token are not
 *     kept here
 */
public record AccessToken(String value, Instant expiresAt, Map<String, Object> attributes) {

  /** Validates and copies. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A token with no expiry and no attributes. */
  public static AccessToken of(String value) {
    return new AccessToken(value, null, Map.of());
  }

  /** Returns the attribute {@code name} as a string, or null. */
  public String attribute(String name) {
    Object v = attributes.get(name);
    return v == null ? null : v.toString();
  }

  /** True when the token expires within {@code skew} of {@code now}. */
  public boolean expiresWithin(java.time.Duration skew, Instant now) {
    return expiresAt != null && !now.plus(skew).isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken{value=***, expiresAt="
        + expiresAt
        + ", attributes="
        + attributes.keySet()
        + '}';
  }
}
