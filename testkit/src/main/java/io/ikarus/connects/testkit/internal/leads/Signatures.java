package io.ikarus.connects.testkit.internal.leads;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** How lead sources sign webhooks, as senders compute it. */
public final class Signatures {

  private Signatures() {}

  /** HMAC-SHA256 under {@code key} of the {@code message} parts, in order. */
  public static byte[] hmac(byte[] key, byte[]... message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : message) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HMAC-SHA256 under the UTF-8 bytes of {@code secret} of {@code message}, in lower-case hex. */
  public static String hmacHex(String secret, byte[] message) {
    return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), message));
  }

  /** {@code sha256=<hex>} over the body: Meta's X-Hub-Signature-256, the custom scheme. */
  public static String sha256Header(String secret, byte[] body) {
    return "sha256=" + hmacHex(secret, body);
  }

  /** Standard Webhooks {@code v1,<base64>} over {@code id.timestamp.body}. */
  public static String standard(String secret, String id, long timestamp, byte[] body) {
    byte[] key =
        secret.startsWith("whsec_")
            ? Base64.getDecoder().decode(secret.substring(6))
            : secret.getBytes(StandardCharsets.UTF_8);
    byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
    return "v1," + Base64.getEncoder().encodeToString(hmac(key, prefix, body));
  }
}
