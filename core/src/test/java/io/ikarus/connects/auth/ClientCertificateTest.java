package io.ikarus.connects.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

/** Loading key and certificate from PEM and PKCS#12. */
class ClientCertificateTest {

  private static final String KEY8 = TestKeys.resource("client-key-pkcs8.pem");
  private static final String KEY1 = TestKeys.resource("client-key-pkcs1.pem");
  private static final String CERT = TestKeys.resource("client-cert.pem");

  @Test
  void pkcs8AndPkcs1KeysLoadToTheSameKey() {
    ClientCertificate pkcs8 = ClientCertificate.fromPem(KEY8, CERT);
    ClientCertificate pkcs1 = ClientCertificate.fromPem(KEY1, CERT);

    assertThat(pkcs1.privateKey().getEncoded()).isEqualTo(pkcs8.privateKey().getEncoded());
    assertThat(pkcs1.sha1Thumbprint()).isEqualTo(pkcs8.sha1Thumbprint());
  }

  @Test
  void oneTextWithBothBlocksInEitherOrder() {
    ClientCertificate keyFirst = ClientCertificate.fromPem(KEY1 + "\n" + CERT);
    ClientCertificate certFirst = ClientCertificate.fromPem(CERT + "\n" + KEY8);

    assertThat(certFirst.privateKey().getEncoded()).isEqualTo(keyFirst.privateKey().getEncoded());
    assertThat(certFirst.certificate()).isEqualTo(keyFirst.certificate());
  }

  @Test
  void pkcs12() throws Exception {
    ClientCertificate fromPem = ClientCertificate.fromPem(KEY8, CERT);
    try (InputStream in = TestKeys.open("client.p12")) {
      ClientCertificate fromP12 = ClientCertificate.fromPkcs12(in, TestKeys.P12_PASSWORD);

      assertThat(fromP12.privateKey().getEncoded()).isEqualTo(fromPem.privateKey().getEncoded());
      assertThat(fromP12.sha256Thumbprint()).isEqualTo(fromPem.sha256Thumbprint());
    }
  }

  @Test
  void pkcs12WithTheWrongPasswordIsAClearError() throws Exception {
    try (InputStream in = TestKeys.open("client.p12")) {
      assertThatThrownBy(() -> ClientCertificate.fromPkcs12(in, "wrong".toCharArray()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("cannot read the PKCS#12 store");
    }
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() throws Exception {
    KeyPair other = TestKeys.rsaKeyPair();
    ClientCertificate good = ClientCertificate.fromPem(KEY8, CERT);

    assertThatThrownBy(() -> ClientCertificate.of(other.getPrivate(), good.certificate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong to the certificate CN=ikarus-connects-test");
  }

  @Test
  void aNonRsaKeyIsRefused() throws Exception {
    KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
    ClientCertificate good = ClientCertificate.fromPem(KEY8, CERT);

    assertThatThrownBy(() -> ClientCertificate.of(ec.getPrivate(), good.certificate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("privateKey must be an RSA key (RS256), not EC");
  }

  @Test
  void missingOrEncryptedBlocksAreNamed() {
    assertThatThrownBy(() -> ClientCertificate.fromPem(CERT))
        .hasMessageContaining("no PRIVATE KEY or RSA PRIVATE KEY block");
    assertThatThrownBy(() -> ClientCertificate.fromPem(KEY8))
        .hasMessageContaining("no CERTIFICATE block");
    String encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----";
    assertThatThrownBy(() -> ClientCertificate.fromPem(encrypted, CERT))
        .hasMessageContaining("encrypted PEM private keys are not supported");
  }

  @Test
  void toStringShowsSubjectAndThumbprintOnly() {
    ClientCertificate cert = ClientCertificate.fromPem(KEY8, CERT);

    assertThat(cert.toString())
        .isEqualTo(
            "ClientCertificate{subject=CN=ikarus-connects-test, x5t#S256="
                + cert.sha256Thumbprint()
                + "}");
  }
}
