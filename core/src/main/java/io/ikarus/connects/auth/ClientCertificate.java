package io.ikarus.connects.auth;

import com.nimbusds.jose.util.Base64URL;
import io.ikarus.connects.internal.auth.Checks;
import io.ikarus.connects.internal.auth.Pem;
import io.ikarus.connects.internal.auth.Pkcs12;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.Objects;

/**
 * An RSA private key and its X.509 certificate, for OAuth 2.0 private-key JWT client assertions
 * ({@link OAuth2#clientCredentials(String, ClientCertificate)}). The certificate's SHA-1 and
 * SHA-256 thumbprints (the JWT header's {@code x5t} and {@code x5t#S256}) are computed once.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows only the certificate subject and its
 * SHA-256 thumbprint.
 *
 * <pre>{@code
 * ClientCertificate cert = ClientCertificate.fromPem(Files.readString(Path.of("app.pem")));
 * AuthProvider auth = OAuth2.clientCredentials(clientId, cert).withScope(env + "/.default");
 * }</pre>
 */
public final class ClientCertificate {

  private final PrivateKey privateKey;
  private final X509Certificate certificate;
  private final String sha1Thumbprint;
  private final String sha256Thumbprint;

  private ClientCertificate(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    requireMatchingRsa(privateKey, certificate);
    this.sha1Thumbprint = thumbprint("SHA-1", certificate);
    this.sha256Thumbprint = thumbprint("SHA-256", certificate);
  }

  /**
   * Pairs a key with its certificate.
   *
   * @throws IllegalArgumentException when the key is not RSA of at least 2048 bits or does not
   *     belong to the certificate
   */
  public static ClientCertificate of(PrivateKey privateKey, X509Certificate certificate) {
    return new ClientCertificate(privateKey, certificate);
  }

  /**
   * Reads the key and the certificate from one PEM text holding both blocks, in any order. The key
   * may be PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), not
   * encrypted; of several certificates, the first is used.
   *
   * @throws IllegalArgumentException when a block is missing or unreadable, or they do not match
   */
  public static ClientCertificate fromPem(String pemWithKeyAndCert) {
    return fromPem(pemWithKeyAndCert, pemWithKeyAndCert);
  }

  /**
   * Reads the key and the certificate from two PEM texts, as {@link #fromPem(String)} does.
   *
   * @throws IllegalArgumentException when a block is missing or unreadable, or they do not match
   */
  public static ClientCertificate fromPem(String keyPem, String certPem) {
    Objects.requireNonNull(keyPem, "keyPem");
    Objects.requireNonNull(certPem, "certPem");
    return new ClientCertificate(Pem.privateKey(keyPem), Pem.certificate(certPem));
  }

  /**
   * Reads the first private-key entry of a PKCS#12 key store (a {@code .p12} or {@code .pfx} file)
   * and its certificate. Does not close {@code in}.
   *
   * @param password the store's password, also used for the key entry
   * @throws IllegalArgumentException when the store is unreadable, the password wrong, or it holds
   *     no private key
   */
  public static ClientCertificate fromPkcs12(InputStream in, char[] password) {
    Pkcs12.KeyEntry entry = Pkcs12.firstKey(Objects.requireNonNull(in, "in"), password);
    return new ClientCertificate(entry.privateKey(), entry.certificate());
  }

  /** The RSA private key that signs client assertions. */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The certificate registered with the token server. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The base64url SHA-1 thumbprint of the certificate's DER encoding (JWT header {@code x5t}). */
  public String sha1Thumbprint() {
    return sha1Thumbprint;
  }

  /** The base64url SHA-256 thumbprint of the certificate's DER encoding ({@code x5t#S256}). */
  public String sha256Thumbprint() {
    return sha256Thumbprint;
  }

  @Override
  public String toString() {
    return "ClientCertificate{subject="
        + certificate.getSubjectX500Principal().getName()
        + ", x5t#S256="
        + sha256Thumbprint
        + '}';
  }

  private static void requireMatchingRsa(PrivateKey key, X509Certificate cert) {
    Checks.rs256Key("privateKey", key);
    String subject = cert.getSubjectX500Principal().getName();
    if (!(cert.getPublicKey() instanceof RSAKey rsaCert)) {
      throw new IllegalArgumentException("the certificate " + subject + " must hold an RSA key");
    }
    if (key instanceof RSAKey rsaKey && !rsaKey.getModulus().equals(rsaCert.getModulus())) {
      throw new IllegalArgumentException(
          "the private key does not belong to the certificate " + subject);
    }
  }

  private static String thumbprint(String algorithm, X509Certificate cert) {
    try {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(cert.getEncoded());
      return Base64URL.encode(digest).toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot encode the certificate: " + e.getMessage(), e);
    }
  }
}
