package io.ikarus.connects.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** The test key and certificate (see src/test/resources/auth/README.md) and generated keys. */
final class TestKeys {

  static final char[] P12_PASSWORD = "test-only".toCharArray();
  private static KeyPair keyPair;

  private TestKeys() {}

  static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String name) {
    InputStream in = TestKeys.class.getResourceAsStream("/auth/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource auth/" + name);
    }
    return in;
  }

  static ClientCertificate clientCertificate() {
    return ClientCertificate.fromPem(resource("client-key-pkcs8.pem"), resource("client-cert.pem"));
  }

  /** A fresh 2048-bit RSA key pair, generated once per test run. */
  static synchronized KeyPair rsaKeyPair() {
    if (keyPair == null) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return keyPair;
  }
}
