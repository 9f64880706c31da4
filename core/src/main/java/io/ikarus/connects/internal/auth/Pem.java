package io.ikarus.connects.internal.auth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSA private keys (PKCS#8 {@code PRIVATE KEY} and PKCS#1 {@code RSA PRIVATE KEY}) and X.509
 * certificates from PEM text with the JDK alone. Nimbus's PEM parser needs BouncyCastle (an
 * optional nimbus dependency of several megabytes); wrapping PKCS#1 into PKCS#8 takes a dozen
 * lines.
 */
public final class Pem {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

  /** AlgorithmIdentifier { rsaEncryption, NULL } and the PKCS#8 version 0 before it. */
  private static final byte[] PKCS8_RSA_PREFIX = {
    0x02,
    0x01,
    0x00,
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private Pem() {}

  /**
   * Returns the first RSA private key in {@code pem}.
   *
   * @throws IllegalArgumentException when there is none, it is encrypted, or it is not RSA
   */
  public static PrivateKey privateKey(String pem) {
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      switch (m.group(1)) {
        case "PRIVATE KEY":
          return rsaKey(decode(m));
        case "RSA PRIVATE KEY":
          return rsaKey(pkcs1ToPkcs8(decode(m)));
        case "ENCRYPTED PRIVATE KEY":
          throw new IllegalArgumentException(
              "encrypted PEM private keys are not supported: decrypt it or use PKCS#12");
        default:
          break;
      }
    }
    throw new IllegalArgumentException("no PRIVATE KEY or RSA PRIVATE KEY block in the PEM text");
  }

  /**
   * Returns the first certificate in {@code pem}.
   *
   * @throws IllegalArgumentException when there is none or it cannot be parsed
   */
  public static X509Certificate certificate(String pem) {
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      if (m.group(1).equals("CERTIFICATE")) {
        try {
          return (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(decode(m)));
        } catch (GeneralSecurityException e) {
          throw new IllegalArgumentException("unreadable CERTIFICATE block: " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalArgumentException("no CERTIFICATE block in the PEM text");
  }

  private static byte[] decode(Matcher m) {
    return Base64.getMimeDecoder().decode(m.group(2));
  }

  private static PrivateKey rsaKey(byte[] pkcs8) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a readable RSA private key: " + e.getMessage(), e);
    }
  }

  /** PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, OCTET STRING pkcs1 }. */
  private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(PKCS8_RSA_PREFIX);
    body.write(0x04);
    body.writeBytes(derLength(pkcs1.length));
    body.writeBytes(pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.writeBytes(derLength(body.size()));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static byte[] derLength(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
    byte[] out = new byte[bytes + 1];
    out[0] = (byte) (0x80 | bytes);
    for (int i = bytes; i > 0; i--, length >>>= 8) {
      out[i] = (byte) length;
    }
    return out;
  }
}
