package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** Writes one page of a collection: context, optional count, value, next or delta link. */
final class PageWriter {

  /** The largest page Dataverse returns, and the default. */
  static final int MAX_PAGE = 5000;

  private PageWriter() {}

  /** The page size a request asks for with {@code Prefer: odata.maxpagesize}, capped. */
  static int pageSize(FakeRequest req) {
    String p = OData.preference(req, "odata.maxpagesize");
    int n =
        WholeNumber.parse(
            p,
            MAX_PAGE,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            () -> ODataException.badRequest("Invalid value '" + p + "' for odata.maxpagesize."));
    return n > 0 ? Math.min(n, MAX_PAGE) : MAX_PAGE;
  }

  /** The up to {@code size} items after the first {@code skip}. */
  static <T> List<T> page(List<T> items, int skip, int size) {
    int end = Math.min(items.size(), skip + size);
    return items.subList(Math.min(skip, end), end);
  }

  /** {@code <base>$metadata#set(sel1,sel2)}. */
  static String context(String base, String set, List<String> select) {
    return base
        + "$metadata#"
        + set
        + (select.isEmpty() ? "" : "(" + String.join(",", select) + ")");
  }

  /** The absolute URL of {@code set} with the request's options and one option replaced. */
  static String link(
      String base, String set, Map<String, String> query, String name, String value) {
    HttpUrl.Builder b = HttpUrl.get(base + set).newBuilder();
    query.forEach(
        (k, v) -> {
          if (!k.equals("$skiptoken") && !k.equals("$deltatoken")) {
            b.addQueryParameter(k, v);
          }
        });
    b.addQueryParameter(name, value);
    return b.build().toString();
  }

  /** The page body. */
  static Map<String, Object> body(
      String context,
      Integer count,
      List<Map<String, Object>> value,
      String linkName,
      String link) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", context);
    if (count != null) {
      body.put("@odata.count", Math.min(count, MAX_PAGE));
    }
    body.put("value", value);
    if (link != null) {
      body.put(linkName, link);
    }
    return body;
  }
}
