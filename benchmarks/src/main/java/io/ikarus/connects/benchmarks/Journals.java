package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.Journal;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Figures read from a fake's request journal. */
final class Journals {

  /** A path segment holding a digit: an id, a job id, a locator or a version. */
  private static final Pattern ID = Pattern.compile("/[^/]*[0-9][^/]*");

  private Journals() {}

  /**
   * The calls grouped by method and path, ids and versions masked, such as {@code "POST
   * /crm/v3/objects/contacts/batch/create x100"}, in order of first use.
   */
  static String breakdown(Journal... journals) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Journal journal : journals) {
      for (RecordedCall call : journal.calls()) {
        counts.merge(
            call.method() + " " + ID.matcher(call.path()).replaceAll("/{id}"), 1L, Long::sum);
      }
    }
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
    return b.toString();
  }

  /** The 429 answers the fake sent. */
  static long throttled(Journal journal) {
    return journal.filter(call -> call.status() == 429).size();
  }
}
