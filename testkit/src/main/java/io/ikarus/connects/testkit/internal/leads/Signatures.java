package io.ikarus.connects.testkit.internal.leads;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okio.Buffer;
import okio.ByteString;

/** How lead sources sign webhooks, as senders compute it. */
public final class Signatures {

  private Signatures() {}

  /** HMAC-SHA256 under {@code key} of the {@code message} parts, in order. */
  public static byte[] hmac(byte[] key, byte[]... message) {
    Buffer parts = new Buffer();
    for (byte[] part : message) {
      parts.write(part);
    }
    return parts.hmacSha256(ByteString.of(key)).toByteArray();
  }

  /** HMAC-SHA256 under the UTF-8 bytes of {@code secret} of {@code message}, in lower-case hex. */
  public static String hmacHex(String secret, byte[] message) {
    return ByteString.of(message).hmacSha256(ByteString.encodeUtf8(secret)).hex();
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
