package io.ikarus.connects.internal.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The comparable form of mapped fields: values in plain JSON form (numbers as stripped {@link
 * BigDecimal}, dates and times as ISO text, collections recursively), null values left out (a null
 * and an absent field both mean empty), keys sorted. Two sides agree when their canonical forms are
 * equal; the hash of the canonical form is what links remember.
 */
public final class Canonical {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private Canonical() {}

  /** The canonical form of {@code fields}; null for null. */
  public static Map<String, Object> of(Map<String, ?> fields) {
    if (fields == null) {
      return null;
    }
    Map<String, Object> out = new TreeMap<>();
    fields.forEach(
        (k, v) -> {
          Object p = plain(v);
          if (p != null) {
            out.put(k, p);
          }
        });
    return out;
  }

  /** True when both values have the same plain form. */
  public static boolean same(Object a, Object b) {
    return Objects.equals(plain(a), plain(b));
  }

  /** True when both field maps have the same canonical form. */
  public static boolean same(Map<String, ?> a, Map<String, ?> b) {
    return Objects.equals(of(a), of(b));
  }

  /** The fields (of either map) whose values differ. */
  public static Set<String> differing(Map<String, ?> a, Map<String, ?> b) {
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    keys.removeIf(k -> same(a.get(k), b.get(k)));
    return keys;
  }

  /** The SHA-256 of the canonical form, in hex; the empty string for null. */
  public static String hash(Map<String, ?> fields) {
    if (fields == null) {
      return "";
    }
    try {
      byte[] json = JSON.writeValueAsString(of(fields)).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash mapped fields", e);
    }
  }

  private static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).stripTrailingZeros();
      } catch (NumberFormatException e) {
        return n.toString();
      }
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      Collection<Object> out = new ArrayList<>();
      c.forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return v.toString();
  }
}
