package io.ikarus.connects.testkit.internal;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.RecordedCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/** Converts MockWebServer's requests into the fakes' views; also parses form bodies. */
public final class Requests {

  private Requests() {}

  static FakeRequest toFakeRequest(RecordedRequest recorded) {
    ByteString body = recorded.getBody();
    return toFakeRequest(
        recorded.getMethod(),
        recorded.getUrl(),
        headersOf(recorded.getHeaders()),
        body == null ? "" : body.utf8());
  }

  /** The request view of a call to {@code url}; header names must be lower case already. */
  public static FakeRequest toFakeRequest(
      String method, HttpUrl url, Map<String, List<String>> headers, String body) {
    List<String> segments = url.pathSegments();
    String path = "/" + String.join("/", segments);
    return new FakeRequest(method, path, segments, queryOf(url), headers, body);
  }

  static RecordedCall toCall(FakeRequest request, Instant now, int bodyLimit) {
    String body = request.body();
    if (body.length() > bodyLimit) {
      body = body.substring(0, bodyLimit);
    }
    return new RecordedCall(
        request.method(), request.path(), request.query(), request.headers(), body, 0, 0, now);
  }

  static Map<String, List<String>> queryOf(HttpUrl url) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      query
          .computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>())
          .add(value == null ? "" : value);
    }
    return query;
  }

  private static Map<String, List<String>> headersOf(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(headers.value(i));
    }
    return map;
  }
}
