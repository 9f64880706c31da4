package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.internal.IdSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Salesforce ids: key prefix (3) + instance (2) + reserved (1) + 9 base-62 digits, then the
 * 3-character case-safe checksum suffix, 18 characters in all.
 */
final class SfIds implements IdSource {

  private static final String DIGITS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z]{15}([0-9A-Za-z]{3})?");
  private static final long GENERATED_BASE = 62L * 62 * 62 * 62 * 62 * 62 * 62 * 62 * 30;

  private final AtomicLong counter = new AtomicLong(1000);
  private final Map<String, String> prefixes = new ConcurrentHashMap<>();

  /** Registers the key prefix of {@code type}. */
  void register(String type, String keyPrefix) {
    prefixes.put(type, keyPrefix);
  }

  @Override
  public String newId(String type) {
    return make(prefix(type), counter.incrementAndGet());
  }

  @Override
  public String generatedId(String type, long index) {
    return make(prefix(type), GENERATED_BASE + index);
  }

  /** A new id with an explicit key prefix (bulk jobs, query locators). */
  String newIdWithPrefix(String keyPrefix) {
    return make(keyPrefix, counter.incrementAndGet());
  }

  /** True when {@code id} has the shape of a 15- or 18-character id. */
  static boolean isWellFormed(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }

  /** The canonical 18-character form of a well-formed id. */
  static String canonical(String id) {
    String base = id.substring(0, 15);
    return base + suffix(base);
  }

  private String prefix(String type) {
    return prefixes.getOrDefault(type, "a00");
  }

  private static String make(String keyPrefix, long number) {
    StringBuilder digits = new StringBuilder();
    long n = number;
    for (int i = 0; i < 9; i++) {
      digits.append(DIGITS.charAt((int) (n % 62)));
      n /= 62;
    }
    String base = keyPrefix + "5g0" + digits.reverse();
    return base + suffix(base);
  }

  private static String suffix(String base15) {
    StringBuilder suffix = new StringBuilder(3);
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = 0;
      for (int j = 0; j < 5; j++) {
        char c = base15.charAt(chunk * 5 + j);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << j;
        }
      }
      suffix.append(SUFFIX.charAt(flags));
    }
    return suffix.toString();
  }
}
