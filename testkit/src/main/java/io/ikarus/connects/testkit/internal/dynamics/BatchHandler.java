package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    boolean keepGoing = OData.prefers(req, "odata.continue-on-error");
    List<BatchMime.Part> out = new ArrayList<>();
    boolean failed = false;
    int requests = 0;
    for (BatchMime.Part part : parts) {
      BatchMime.Part answer =
          part instanceof BatchMime.Group g
              ? changeSet(g, req)
              : single((BatchMime.Message) part, req);
      requests += part instanceof BatchMime.Group g ? g.messages().size() : 1;
      out.add(answer);
      if (answer instanceof BatchMime.Message m && m.status() >= 400) {
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
    int count =
        parts.stream()
            .mapToInt(p -> p instanceof BatchMime.Group g ? g.messages().size() : 1)
            .sum();
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

  private BatchMime.Message single(BatchMime.Message m, FakeRequest outer) {
    return toPart(Map.of(), run(InnerRequests.of(m, Map.of(), outer)));
  }

  private BatchMime.Part changeSet(BatchMime.Group g, FakeRequest outer) {
    Map<String, String> refs = new LinkedHashMap<>();
    List<BatchMime.Message> answers = new ArrayList<>();
    store.begin();
    for (BatchMime.Message m : g.messages()) {
      String id = m.partHeader("Content-ID");
      FakeResponse r =
          id == null
              ? OData.error(new ODataException(400, "0x80060888", "Content-ID header not present"))
              : changeSetMember(m, refs, outer);
      Map<String, String> partHeaders = id == null ? Map.of() : Map.of("Content-ID", id);
      if (r.status() >= 400) {
        store.rollback();
        return toPart(partHeaders, r);
      }
      String entity = r.header("OData-EntityId");
      if (entity != null) {
        refs.put(id, entity);
      }
      answers.add(toPart(partHeaders, r));
    }
    store.commit();
    return new BatchMime.Group("changesetresponse_" + UUID.randomUUID(), answers);
  }

  private FakeResponse changeSetMember(
      BatchMime.Message m, Map<String, String> refs, FakeRequest outer) {
    try {
      FakeRequest inner = InnerRequests.of(m, refs, outer);
      if (inner.method().equals("GET")) {
        throw ODataException.badRequest("GET requests are not allowed within change sets.");
      }
      return run(inner);
    } catch (ODataException e) {
      return OData.error(e);
    }
  }

  private FakeResponse run(FakeRequest inner) {
    try {
      if (OData.resource(inner).equals("$batch")) {
        throw ODataException.badRequest("A batch request cannot contain another batch request.");
      }
      return api.apply(inner);
    } catch (ODataException e) {
      return OData.error(e);
    }
  }

  private static BatchMime.Message toPart(Map<String, String> partHeaders, FakeResponse r) {
    return new BatchMime.Message(
        partHeaders, "HTTP/1.1 " + r.status() + " " + Reasons.of(r.status()), headers(r), r.body());
  }

  private static Map<String, String> headers(FakeResponse r) {
    Map<String, String> headers = new LinkedHashMap<>();
    r.headers().forEach(h -> headers.put(h[0], h[1]));
    return headers;
  }
}
