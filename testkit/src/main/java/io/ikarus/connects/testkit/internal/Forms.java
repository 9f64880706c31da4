package io.ikarus.connects.testkit.internal;

import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** Parses {@code application/x-www-form-urlencoded} bodies. */
public final class Forms {

  private Forms() {}

  /** The decoded fields of a form body, in order ({@code +} decodes to a space). */
  public static Map<String, List<String>> parse(String body) {
    HttpUrl url = HttpUrl.get("http://form.invalid/?" + body);
    return Requests.queryOf(url);
  }
}
