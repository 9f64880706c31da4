package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The system query options of one request, checked against what Dataverse supports. */
final class QueryOptions {

  private static final Set<String> KNOWN =
      Set.of(
          "$select",
          "$filter",
          "$orderby",
          "$top",
          "$count",
          "$expand",
          "$skiptoken",
          "$deltatoken",
          "$id");

  private final FakeRequest req;

  QueryOptions(FakeRequest req) {
    for (String name : req.query().keySet()) {
      if (name.startsWith("$") && !KNOWN.contains(name)) {
        throw ODataException.badRequest("The query parameter " + name + " is not supported");
      }
    }
    this.req = req;
  }

  /** The {@code $select} names, empty when absent. */
  List<String> select() {
    String s = req.param("$select");
    return s == null || s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::strip).toList();
  }

  /** The raw option {@code name}, or null. */
  String get(String name) {
    return req.param(name);
  }

  /** {@code $top} as a positive number, or 0 when absent. */
  int top() {
    String t = req.param("$top");
    return WholeNumber.parse(
        t,
        0,
        1,
        Integer.MAX_VALUE,
        () -> ODataException.badRequest("Invalid value '" + t + "' for $top query option found."));
  }

  /** True for {@code $count=true}. */
  boolean count() {
    return "true".equals(req.param("$count"));
  }

  /** The row order of {@code $orderby}, or null when absent; checks every column. */
  Comparator<StoredRecord> order(EntityDef e) {
    String o = req.param("$orderby");
    if (o == null || o.isBlank()) {
      return null;
    }
    List<Comparator<StoredRecord>> keys = new ArrayList<>();
    for (String item : o.split(",")) {
      String[] words = item.strip().split("\\s+");
      String column = e.require(words[0]).readName();
      boolean desc = words.length > 1 && words[1].equals("desc");
      Comparator<StoredRecord> c =
          Comparator.comparing(
              r -> r.get(column),
              Comparator.nullsFirst((a, b) -> ODataValues.compare(a, ODataValues.literal(b))));
      keys.add(desc ? c.reversed() : c);
    }
    return keys.stream().reduce(Comparator::thenComparing).orElseThrow();
  }
}
