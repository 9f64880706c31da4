package io.ikarus.connects.pipedrive.internal;

import java.util.Map;

/**
 * One field of an object as the Fields API describes it.
 *
 * @param key the API key: the plain name of a standard field, a 40-char hash for a custom one
 * @param name the display name users write, such as {@code Budget}
 * @param type the Pipedrive field type ({@code varchar}, {@code double}, {@code enum}, ...)
 * @param custom true for a custom field
 * @param required true when a create needs it
 * @param options option id by label, for enum and set fields
 */
public record FieldInfo(
    String key,
    String name,
    String type,
    boolean custom,
    boolean required,
    Map<String, Long> options) {

  /** Copies, keeping the options' order. */
  public FieldInfo {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }

  /** The label of option {@code id}, or null. */
  public String label(long id) {
    for (Map.Entry<String, Long> e : options.entrySet()) {
      if (e.getValue() == id) {
        return e.getKey();
      }
    }
    return null;
  }
}
