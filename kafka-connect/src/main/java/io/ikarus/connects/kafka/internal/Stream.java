package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.Checkpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One incremental stream: one object of one account of one connector. Its Connect source partition
 * is {@code {connector, account, object}}; its source offset is {@code {checkpoint, v}}, where
 * {@code checkpoint} is the SDK checkpoint verbatim and {@code v} the offset format version.
 *
 * @param connector the connector's name
 * @param account the account's name
 * @param object the object read
 */
public record Stream(String connector, String account, String object) {

  /** The offset format version written to every offset. */
  public static final int OFFSET_VERSION = 1;

  /** The offset key holding the SDK checkpoint. */
  public static final String CHECKPOINT = "checkpoint";

  /** The offset key holding the format version. */
  public static final String VERSION = "v";

  /** Validates. */
  public Stream {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(object, "object");
  }

  /** The Connect source partition. */
  public Map<String, String> partition() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("connector", connector);
    p.put("account", account);
    p.put("object", object);
    return p;
  }

  /** The Connect source offset for {@code checkpoint}. */
  public static Map<String, Object> offset(Checkpoint checkpoint) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put(CHECKPOINT, checkpoint.asString());
    o.put(VERSION, OFFSET_VERSION);
    return o;
  }

  /**
   * Reads a stored source offset: null or absent means from the beginning.
   *
   * @throws IllegalArgumentException when the offset is not one this connector wrote
   */
  public static Checkpoint checkpoint(Map<String, ?> offset) {
    if (offset == null) {
      return Checkpoint.initial();
    }
    Object version = offset.get(VERSION);
    Object value = offset.get(CHECKPOINT);
    if (!(version instanceof Number n) || n.intValue() != OFFSET_VERSION) {
      throw new IllegalArgumentException(
          "source offset has version " + version + "; this plugin reads version " + OFFSET_VERSION);
    }
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("source offset has no string '" + CHECKPOINT + "'");
    }
    return Checkpoint.parse(s);
  }

  @Override
  public String toString() {
    return account + "/" + object;
  }
}
