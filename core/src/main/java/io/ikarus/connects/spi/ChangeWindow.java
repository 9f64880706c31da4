package io.ikarus.connects.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The memory of a timestamp change feed that must lose nothing at a stamp boundary. Vendors stamp
 * coarsely (Salesforce in whole seconds), commit long transactions with stamps older than ones
 * already read, and index writes late (HubSpot search), so a feed re-reads a lookback window before
 * the newest stamp it handed out and hands a record out again only when its content changed: each
 * record handed out within the window is remembered by id with its stamp and a fingerprint of its
 * content. Not thread-safe; one instance per feed call.
 *
 * <pre>{@code
 * ChangeWindow w = ChangeWindow.fromJson(saved, lookback);
 * // query rows stamped at or after w.from(), then for each row:
 * if (w.offer(id, stamp, ChangeWindow.fingerprint(fields))) { deliver(row); }
 * w.prune(); save(w.toJson());
 * }</pre>
 */
public final class ChangeWindow {

  private final Duration lookback;
  private Instant high;
  private final Map<String, Seen> seen = new LinkedHashMap<>();

  private record Seen(long stamp, String fingerprint) {}

  private ChangeWindow(Duration lookback, Instant high) {
    this.lookback = lookback;
    this.high = high;
  }

  /** An empty window: nothing handed out yet. */
  public static ChangeWindow start(Duration lookback) {
    return new ChangeWindow(requireLookback(lookback), null);
  }

  /**
   * Checks a lookback for a connector builder's {@code changeLookback}: not null, not negative.
   *
   * @return {@code lookback}
   * @throws IllegalArgumentException naming the value when it is negative
   */
  public static Duration requireLookback(Duration lookback) {
    if (Objects.requireNonNull(lookback, "changeLookback").isNegative()) {
      throw new IllegalArgumentException("changeLookback must not be negative: " + lookback);
    }
    return lookback;
  }

  /**
   * Restores a window saved with {@link #toJson()}.
   *
   * @throws IllegalArgumentException when {@code json} is not a saved window
   */
  public static ChangeWindow fromJson(Map<String, Object> json, Duration lookback) {
    ChangeWindow w = start(lookback);
    try {
      Object high = json.get("high");
      w.high = high == null ? null : Instant.ofEpochMilli(((Number) high).longValue());
      Map<?, ?> ids = (Map<?, ?>) json.getOrDefault("seen", Map.of());
      ids.forEach((id, v) -> w.seen.put((String) id, parse((String) v)));
      return w;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a change window: " + e.getMessage(), e);
    }
  }

  /** A window continuing an older cursor that kept the ids handed out at its last stamp. */
  public static ChangeWindow continuing(
      Instant high, Iterable<String> idsAtHigh, Duration lookback) {
    ChangeWindow w = start(lookback);
    w.high = high;
    if (high != null) {
      idsAtHigh.forEach(id -> w.seen.put(id, new Seen(high.toEpochMilli(), "")));
    }
    return w;
  }

  /** The oldest stamp to read from (inclusive): the newest stamp handed out minus the lookback. */
  public Instant from() {
    return high == null ? null : high.minus(lookback);
  }

  /** The newest stamp handed out, or null before any. */
  public Instant high() {
    return high;
  }

  /**
   * Offers a row read from the feed; true when it is to be handed out (never handed out with this
   * content), and then remembers it.
   */
  public boolean offer(String id, Instant stamp, String fingerprint) {
    Seen before = seen.get(id);
    if (before != null && before.fingerprint.equals(fingerprint)) {
      return false;
    }
    seen.put(id, new Seen(stamp.toEpochMilli(), fingerprint));
    if (high == null || stamp.isAfter(high)) {
      high = stamp;
    }
    return true;
  }

  /** Forgets rows stamped before {@link #from()}: a read never returns them again unchanged. */
  public void prune() {
    Instant from = from();
    if (from != null) {
      seen.values().removeIf(s -> s.stamp < from.toEpochMilli());
    }
  }

  /** The window as plain JSON values ({@code high} in epoch milliseconds, {@code seen}). */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("high", high == null ? null : high.toEpochMilli());
    Map<String, String> ids = new LinkedHashMap<>();
    seen.forEach((id, s) -> ids.put(id, s.stamp + ":" + s.fingerprint));
    out.put("seen", ids);
    return out;
  }

  /** A short fingerprint of a record's content (field order does not matter). */
  public static String fingerprint(Map<String, ?> fields) {
    byte[] json = Json.write(new TreeMap<>(fields)).getBytes(StandardCharsets.UTF_8);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static Seen parse(String value) {
    int colon = value.indexOf(':');
    return new Seen(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
  }
}
