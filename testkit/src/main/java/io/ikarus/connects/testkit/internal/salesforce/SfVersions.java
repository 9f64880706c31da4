package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST API versions the fake serves: 31.0 (Summer '14) to 66.0 (Spring '26). */
final class SfVersions {

  static final int OLDEST = 31;
  static final int LATEST = 66;
  private static final Pattern SEGMENT = Pattern.compile("v(\\d{2})\\.0");
  private static final String[] SEASONS = {"Spring", "Winter", "Summer"};

  private SfVersions() {}

  /** The major version of a path segment like {@code v66.0}, or -1 when not served. */
  static int parse(String segment) {
    Matcher m = SEGMENT.matcher(segment);
    if (!m.matches()) {
      return -1;
    }
    int major = Integer.parseInt(m.group(1));
    return major >= OLDEST && major <= LATEST ? major : -1;
  }

  /** The body of {@code GET /services/data/}. */
  static ArrayNode list() {
    ArrayNode versions = Json.array();
    for (int v = OLDEST; v <= LATEST; v++) {
      versions
          .addObject()
          .put("label", label(v))
          .put("url", "/services/data/v" + v + ".0")
          .put("version", v + ".0");
    }
    return versions;
  }

  private static String label(int version) {
    int k = LATEST - version;
    int year = 26 - (k + 1) / 3;
    return SEASONS[k % 3] + " '" + String.format("%02d", year);
  }
}
