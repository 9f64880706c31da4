package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The fake's {@code $skiptoken}: a paging cookie shaped like Dataverse's, holding the offset of the
 * next page and, for change tracking, the pinned version range. Opaque to clients. With the helpers
 * that write one page of a collection: context, optional count, value, next or delta link.
 *
 * @param page the number of the page it leads to
 * @param skip how many rows precede that page
 * @param since the change-tracking start version, or -1 for a plain query
 * @param upto the version the result was pinned at
 */
record PageCookie(int page, int skip, long since, long upto) {

  private static final Pattern FORMAT =
      Pattern.compile(
          "<cookie pagenumber=\"(\\d+)\" skip=\"(\\d+)\" since=\"(-?\\d+)\" upto=\"(\\d+)\""
              + " istracking=\"(True|False)\" />");

  /** The largest page Dataverse returns, and the default. */
  static final int MAX_PAGE = 5000;

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
      String base, String set, Map<String, List<String>> query, String name, String value) {
    HttpUrl.Builder b = HttpUrl.get(base + set).newBuilder();
    query.forEach((k, v) -> b.addQueryParameter(k, v.get(0)));
    return b.removeAllQueryParameters("$skiptoken")
        .removeAllQueryParameters("$deltatoken")
        .addQueryParameter(name, value)
        .build()
        .toString();
  }

  /** The page body. */
  static Map<String, Object> body(
      String context,
      Integer count,
      List<Map<String, Object>> value,
      String linkName,
      String link) {
    Map<String, Object> body = OData.body(context);
    if (count != null) {
      body.put("@odata.count", Math.min(count, MAX_PAGE));
    }
    body.put("value", value);
    if (link != null) {
      body.put(linkName, link);
    }
    return body;
  }

  /** Parses a token this fake wrote; anything else is a 400. */
  static PageCookie parse(String token) {
    Matcher m = FORMAT.matcher(token);
    if (!m.matches()) {
      throw ODataException.badRequest("The $skiptoken value is not valid: " + token);
    }
    return new PageCookie(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)));
  }

  /** The cookie of the page after this one, which starts after {@code skip} rows. */
  PageCookie next(int skip) {
    return new PageCookie(page + 1, skip, since, upto);
  }

  @Override
  public String toString() {
    return "<cookie pagenumber=\"%d\" skip=\"%d\" since=\"%d\" upto=\"%d\" istracking=\"%s\" />"
        .formatted(page, skip, since, upto, since >= 0 ? "True" : "False");
  }
}
