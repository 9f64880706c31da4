package io.ikarus.connects.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;

class PrivateKeysTest {

  private static final String KEY8 = TestKeys.resource("client-key-pkcs8.pem");
  private static final String KEY1 = TestKeys.resource("client-key-pkcs1.pem");
  private static final String CERT = TestKeys.resource("client-cert.pem");

  @Test
  void pkcs8AndPkcs1PemGiveTheSameKeyAsTheCertificatePair() {
    PrivateKey expected = ClientCertificate.fromPem(KEY8, CERT).privateKey();

    assertThat(PrivateKeys.fromPem(KEY8)).isEqualTo(expected);
    assertThat(PrivateKeys.fromPem(KEY1).getEncoded()).isEqualTo(expected.getEncoded());
    assertThat(PrivateKeys.fromPem(CERT + "\n" + KEY8)).isEqualTo(expected);
  }

  @Test
  void pkcs12GivesTheStoresKey() throws Exception {
    try (InputStream in = TestKeys.open("client.p12")) {
      PrivateKey key = PrivateKeys.fromPkcs12(in, TestKeys.P12_PASSWORD);

      assertThat(key.getEncoded())
          .isEqualTo(ClientCertificate.fromPem(KEY8, CERT).privateKey().getEncoded());
    }
  }

  @Test
  void aPemWithoutAKeyIsAClearErrorThatQuotesNoKeyMaterial() {
    assertThatThrownBy(() -> PrivateKeys.fromPem(CERT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no PRIVATE KEY")
        .hasMessageNotContaining("MII");
  }
}
