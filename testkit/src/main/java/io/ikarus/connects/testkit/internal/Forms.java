package io.ikarus.connects.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** Decodes {@code application/x-www-form-urlencoded} fields: form bodies and query strings. */
public final class Forms {

  private Forms() {}

  /** The decoded fields of a form body, in order ({@code +} decodes to a space). */
  public static Map<String, List<String>> parse(String body) {
    return query(HttpUrl.get("http://form.invalid/?" + body));
  }

  /** The decoded query parameters of {@code url}, in order; a name without a value maps to "". */
  public static Map<String, List<String>> query(HttpUrl url) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      query
          .computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>())
          .add(value == null ? "" : value);
    }
    return query;
  }

  /** The first value of field {@code name} in decoded {@code fields}, or null. */
  public static String first(Map<String, List<String>> fields, String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
