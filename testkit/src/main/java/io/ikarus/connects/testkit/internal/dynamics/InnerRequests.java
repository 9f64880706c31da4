package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a {@code $batch} part into an {@link FakeRequest}, resolving {@code $n} references. */
final class InnerRequests {

  private InnerRequests() {}

  /**
   * The request in {@code part}; {@code refs} maps Content-IDs seen so far in the change set to the
   * URLs of the rows they created.
   */
  static FakeRequest of(BatchMime.Message part, Map<String, String> refs, FakeRequest outer) {
    String[] words = part.startLine().split(" ");
    if (words.length != 3 || !words[2].startsWith("HTTP/")) {
      throw ODataException.badRequest("Malformed request line in batch: " + part.startLine());
    }
    String url = resolve(words[1], refs);
    String body = part.body();
    for (Map.Entry<String, String> r : refs.entrySet()) {
      body = body.replace("\"$" + r.getKey() + "\"", "\"" + r.getValue() + "\"");
    }
    int root = url.indexOf(OData.ROOT);
    String relative = root >= 0 ? url.substring(root + OData.ROOT.length()) : url;
    Map<String, String> headers = new LinkedHashMap<>(part.headers());
    headers.putIfAbsent("OData-Version", outer.header("OData-Version"));
    headers.putIfAbsent("OData-MaxVersion", outer.header("OData-MaxVersion"));
    return OData.request(words[0], relative, headers, body);
  }

  private static String resolve(String url, Map<String, String> refs) {
    if (!url.startsWith("$")) {
      return url;
    }
    int end = 1;
    while (end < url.length() && Character.isDigit(url.charAt(end))) {
      end++;
    }
    String target = refs.get(url.substring(1, end));
    if (target == null) {
      throw ODataException.badRequest(
          "Content-ID Reference: '"
              + url.substring(0, end)
              + "' does not exist in the batch context.");
    }
    return target + url.substring(end);
  }
}
