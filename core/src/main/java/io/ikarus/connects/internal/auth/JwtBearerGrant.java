package io.ikarus.connects.internal.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JWT bearer grant (RFC 7523 section 2.1): a fresh RS256 assertion with {@code iss}, {@code
 * sub}, {@code aud} and {@code exp} per request, as Salesforce's JWT bearer flow expects.
 *
 * @param clientId the issuer ({@code iss}): Salesforce's consumer key
 * @param subject the subject ({@code sub}): the user to act as
 * @param key the RSA private key that signs the assertion
 */
public record JwtBearerGrant(String clientId, String subject, PrivateKey key) implements Grant {

  /** Short, because Salesforce checks {@code exp} with only a few minutes' tolerance. */
  static final Duration LIFETIME = Duration.ofMinutes(3);

  @Override
  public Map<String, String> form(GrantRequest request) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(subject)
            .audience(request.audience())
            .expirationTime(Date.from(request.now().plus(LIFETIME)))
            .build();
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    form.put("assertion", Jwts.sign(header, claims, key, request.connector()));
    return form;
  }

  /** The connector's audience (Salesforce's login URL), else the token endpoint. */
  @Override
  public String defaultAudience(String contextAudience, URI tokenEndpoint) {
    return contextAudience != null ? contextAudience : tokenEndpoint.toString();
  }

  @Override
  public String name() {
    return "jwt_bearer";
  }

  @Override
  public String toString() {
    return "JwtBearerGrant{iss=" + clientId + ", key=" + key.getAlgorithm() + '}';
  }
}
