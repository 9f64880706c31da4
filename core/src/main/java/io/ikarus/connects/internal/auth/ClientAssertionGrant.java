package io.ikarus.connects.internal.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import io.ikarus.connects.auth.ClientCertificate;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * The client credentials grant authenticated with a private-key JWT client assertion (RFC 7523
 * section 2.2), in the shape the Microsoft identity platform documents for certificate credentials.
 *
 * @param clientId the OAuth client id, also the assertion's {@code iss} and {@code sub}
 * @param certificate the key that signs and the certificate whose thumbprints go in the header
 */
public record ClientAssertionGrant(String clientId, ClientCertificate certificate)
    implements Grant {

  /** Within the 5 to 10 minutes Microsoft recommends. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  @Override
  public Map<String, String> form(GrantRequest request) {
    Map<String, String> form = Forms.client("client_credentials", clientId, null);
    form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    form.put("client_assertion", assertion(request));
    return form;
  }

  @Override
  public String name() {
    return "client_credentials";
  }

  private String assertion(GrantRequest request) {
    Date now = Date.from(request.now());
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .audience(request.audience())
            .issuer(clientId)
            .subject(clientId)
            .jwtID(UUID.randomUUID().toString())
            .notBeforeTime(now)
            .issueTime(now)
            .expirationTime(Date.from(request.now().plus(LIFETIME)))
            .build();
    return Jwts.sign(header(), claims, certificate.privateKey(), request.connector());
  }

  // Microsoft's current page asks for x5t#S256, its older (still served) pages and MSAL send the
  // SHA-1 x5t; sending both satisfies either reading.
  private JWSHeader header() {
    return new JWSHeader.Builder(JWSAlgorithm.RS256)
        .type(JOSEObjectType.JWT)
        .x509CertThumbprint(new Base64URL(certificate.sha1Thumbprint()))
        .x509CertSHA256Thumbprint(new Base64URL(certificate.sha256Thumbprint()))
        .build();
  }
}
