package io.ikarus.connects.leads.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over raw bytes, and comparisons in constant time. */
public final class Hmac {

  private Hmac() {}

  /** HMAC-SHA256 of the concatenation of {@code parts} under {@code key}. */
  public static byte[] sha256(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] p : parts) {
        mac.update(p);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Lower-case hex of HMAC-SHA256 of {@code body} under {@code key}. */
  public static String sha256Hex(byte[] key, byte[] body) {
    return HexFormat.of().formatHex(sha256(key, body));
  }

  /** True when both texts are equal, in time independent of where they differ. */
  public static boolean equal(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** True when {@code header} is {@code <prefix><hex HMAC of body>} under one of {@code keys}. */
  public static boolean matchesHex(
      String header, String prefix, Iterable<byte[]> keys, byte[] body) {
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    String given = header.substring(prefix.length()).strip().toLowerCase(java.util.Locale.ROOT);
    boolean ok = false;
    for (byte[] key : keys) {
      ok |= equal(given, sha256Hex(key, body));
    }
    return ok;
  }
}
