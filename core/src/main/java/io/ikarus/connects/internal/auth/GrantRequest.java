package io.ikarus.connects.internal.auth;

import java.net.URI;
import java.time.Instant;

/**
 * What a {@link Grant} needs to build one token request.
 *
 * @param connector the connector name, for error messages
 * @param tokenEndpoint where the request goes
 * @param audience the {@code aud} of a JWT assertion
 * @param now the current time, for JWT {@code iat}, {@code nbf} and {@code exp}
 * @param refreshToken the newest refresh token, or null when none has been obtained
 */
public record GrantRequest(
    String connector, URI tokenEndpoint, String audience, Instant now, Secret refreshToken) {}
