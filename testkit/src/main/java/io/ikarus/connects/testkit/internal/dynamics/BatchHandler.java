package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code POST $batch}: runs the parts in order; a change set is one transaction (all or nothing)
 * whose failure is answered by one error part; without {@code Prefer: odata.continue-on-error} the
 * batch stops at the first failure (and answers 400 overall), with it every part runs.
 */
final class BatchHandler {

  /** The most requests one batch may hold. */
  static final int MAX_REQUESTS = 1000;

  private final DataverseStore store;
  private final Function<FakeRequest, FakeResponse> api;

  BatchHandler(DataverseStore store, Function<FakeRequest, FakeResponse> api) {
    this.store = store;
    this.api = api;
  }

  FakeResponse handle(FakeRequest req) {
    List<BatchMime.Part> parts = parse(req);
    boolean keepGoing = OData.preference(req, "odata.continue-on-error") != null;
    List<BatchMime.Part> out = new ArrayList<>();
    boolean failed = false;
    int requests = 0;
    for (BatchMime.Part part : parts) {
      requests += size(part);
      BatchMime.Part answer =
          part instanceof BatchMime.Group g
              ? changeSet(g, req)
              : toPart(null, run(request((BatchMime.Message) part, Map.of(), req), false));
      out.add(answer);
      if (answer instanceof BatchMime.Message m && m.startLine().matches("HTTP/1\\.1 [45].*")) {
        failed = true;
        if (!keepGoing) {
          break;
        }
      }
    }
    String boundary = "batchresponse_" + UUID.randomUUID();
    return FakeResponse.text(
            failed && !keepGoing ? 400 : 200,
            "multipart/mixed; boundary=" + boundary,
            BatchMime.write(boundary, out))
        .header("OData-Version", "4.0")
        .records(requests);
  }

  private List<BatchMime.Part> parse(FakeRequest req) {
    List<BatchMime.Part> parts;
    try {
      parts = BatchMime.parse(req.header("Content-Type"), req.body());
    } catch (IllegalArgumentException e) {
      throw ODataException.badRequest("The batch request body is not valid: " + e.getMessage());
    }
    int count = parts.stream().mapToInt(BatchHandler::size).sum();
    if (count > MAX_REQUESTS) {
      throw ODataException.badRequest(
          "The number of requests in the batch ("
              + count
              + ") exceeds the maximum of "
              + MAX_REQUESTS
              + ".");
    }
    return parts;
  }

  /**
   * A change set: one transaction. Its first failure rolls it back and is its only answer (a
   * message part, not a group), as Dataverse answers.
   */
  private BatchMime.Part changeSet(BatchMime.Group g, FakeRequest outer) {
    Map<String, String> refs = new LinkedHashMap<>();
    List<BatchMime.Message> answers = new ArrayList<>();
    store.begin();
    for (BatchMime.Message m : g.messages()) {
      String id = m.contentId();
      FakeResponse r;
      try {
        if (id == null) {
          throw new ODataException(400, "0x80060888", "Content-ID header not present");
        }
        r = run(request(m, refs, outer), true);
      } catch (ODataException e) {
        r = OData.error(e);
      }
      if (r.status() >= 400) {
        store.rollback();
        return toPart(id, r);
      }
      String entity = r.header("OData-EntityId");
      if (entity != null) {
        refs.put(id, entity);
      }
      answers.add(toPart(id, r));
    }
    store.commit();
    return new BatchMime.Group("changesetresponse_" + UUID.randomUUID(), answers);
  }

  private FakeResponse run(FakeRequest inner, boolean inChangeSet) {
    try {
      if (inChangeSet && inner.method().equals("GET")) {
        throw ODataException.badRequest("GET requests are not allowed within change sets.");
      }
      if (OData.resource(inner).equals("$batch")) {
        throw ODataException.badRequest("A batch request cannot contain another batch request.");
      }
      return api.apply(inner);
    } catch (ODataException e) {
      return OData.error(e);
    }
  }

  /**
   * The request in {@code part}; {@code refs} maps the Content-IDs seen so far in the change set to
   * the URLs of the rows they created, for {@code $n} in the URL and in the body.
   */
  private static FakeRequest request(
      BatchMime.Message part, Map<String, String> refs, FakeRequest outer) {
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
    headers.values().removeIf(Objects::isNull);
    return FakeRequest.of(words[0], OData.ROOT + relative, headers, body);
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

  private static int size(BatchMime.Part part) {
    return part instanceof BatchMime.Group g ? g.messages().size() : 1;
  }

  private static BatchMime.Message toPart(String contentId, FakeResponse r) {
    Map<String, String> headers = new LinkedHashMap<>();
    r.headers().forEach(h -> headers.put(h[0], h[1]));
    return new BatchMime.Message(
        contentId, "HTTP/1.1 " + r.status() + " " + reason(r), headers, r.body());
  }

  /** The reason phrase of a part's status line. */
  private static String reason(FakeResponse r) {
    return switch (r.status()) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 412 -> "Precondition Failed";
      case 429 -> "Too Many Requests";
      default -> r.status() >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
