package io.ikarus.connects.testkit.internal.dynamics;

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
  private final Function<ApiRequest, ApiResponse> api;

  BatchHandler(DataverseStore store, Function<ApiRequest, ApiResponse> api) {
    this.store = store;
    this.api = api;
  }

  ApiResponse handle(ApiRequest req) {
    List<BatchMime.Part> parts = parse(req);
    boolean keepGoing = req.prefers("odata.continue-on-error");
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
    return new ApiResponse(
        failed && !keepGoing ? 400 : 200,
        Map.of("OData-Version", "4.0", "Content-Type", "multipart/mixed; boundary=" + boundary),
        BatchMime.write(boundary, out),
        requests);
  }

  private List<BatchMime.Part> parse(ApiRequest req) {
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

  private BatchMime.Message single(BatchMime.Message m, ApiRequest outer) {
    return toPart(Map.of(), run(InnerRequests.of(m, Map.of(), outer)));
  }

  private BatchMime.Part changeSet(BatchMime.Group g, ApiRequest outer) {
    Map<String, String> refs = new LinkedHashMap<>();
    List<BatchMime.Message> answers = new ArrayList<>();
    store.begin();
    for (BatchMime.Message m : g.messages()) {
      String id = m.partHeader("Content-ID");
      ApiResponse r =
          id == null
              ? ApiResponse.error(
                  new ODataException(400, "0x80060888", "Content-ID header not present"))
              : changeSetMember(m, refs, outer);
      Map<String, String> partHeaders = id == null ? Map.of() : Map.of("Content-ID", id);
      if (r.status() >= 400) {
        store.rollback();
        return toPart(partHeaders, r);
      }
      String entity = r.headers().get("OData-EntityId");
      if (entity != null) {
        refs.put(id, entity);
      }
      answers.add(toPart(partHeaders, r));
    }
    store.commit();
    return new BatchMime.Group("changesetresponse_" + UUID.randomUUID(), answers);
  }

  private ApiResponse changeSetMember(
      BatchMime.Message m, Map<String, String> refs, ApiRequest outer) {
    try {
      ApiRequest inner = InnerRequests.of(m, refs, outer);
      if (inner.method().equals("GET")) {
        throw ODataException.badRequest("GET requests are not allowed within change sets.");
      }
      return run(inner);
    } catch (ODataException e) {
      return ApiResponse.error(e);
    }
  }

  private ApiResponse run(ApiRequest inner) {
    try {
      if (inner.resource().equals("$batch")) {
        throw ODataException.badRequest("A batch request cannot contain another batch request.");
      }
      return api.apply(inner);
    } catch (ODataException e) {
      return ApiResponse.error(e);
    }
  }

  private static BatchMime.Message toPart(Map<String, String> partHeaders, ApiResponse r) {
    return new BatchMime.Message(
        partHeaders,
        "HTTP/1.1 " + r.status() + " " + Reasons.of(r.status()),
        r.headers(),
        r.body());
  }
}
