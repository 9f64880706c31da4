package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.spi.HttpMultipart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Frames writes as one OData {@code $batch} request of change sets, and maps the multipart response
 * back to each write.
 *
 * <p>Each change set is atomic; the batch is sent with {@code Prefer: odata.continue-on-error} so
 * that a failed change set does not stop the ones after it. A failed change set comes back as one
 * error response in place of its multipart group (OData 4.0, 11.7.4): every member is then reported
 * {@link BatchOutcome#rolledBack() rolled back}, except the one the error's {@code Content-ID}
 * names, if any.
 */
public final class ODataBatch {

  private final String boundary = "batch_" + UUID.randomUUID();
  private final List<List<BatchOp>> changeSets;

  /** Groups {@code ops} into change sets of at most {@code changeSetSize} requests. */
  public ODataBatch(List<BatchOp> ops, int changeSetSize) {
    List<List<BatchOp>> sets = new ArrayList<>();
    for (int i = 0; i < ops.size(); i += changeSetSize) {
      sets.add(List.copyOf(ops.subList(i, Math.min(ops.size(), i + changeSetSize))));
    }
    this.changeSets = List.copyOf(sets);
  }

  /** The {@code Content-Type} of the request body. */
  public String contentType() {
    return "multipart/mixed; boundary=" + boundary;
  }

  /** The number of requests in the batch. */
  public int size() {
    return changeSets.stream().mapToInt(List::size).sum();
  }

  /** The request body. Content-IDs number the requests 1..n across the whole batch. */
  public String body() {
    List<HttpMultipart.Part> parts = new ArrayList<>();
    int contentId = 1;
    for (List<BatchOp> set : changeSets) {
      List<HttpMultipart.Message> messages = new ArrayList<>();
      for (BatchOp op : set) {
        Map<String, String> headers = new LinkedHashMap<>(op.headers());
        if (op.json() != null) {
          headers.put("Content-Type", "application/json; type=entry");
        }
        messages.add(
            HttpMultipart.Message.of(
                Map.of("Content-ID", Integer.toString(contentId++)),
                op.method() + " " + op.url() + " HTTP/1.1",
                headers,
                op.json() == null ? "" : op.json()));
      }
      parts.add(new HttpMultipart.Group(Map.of(), "changeset_" + UUID.randomUUID(), messages));
    }
    return HttpMultipart.write(boundary, parts);
  }

  /**
   * Maps a response body to one outcome per request, in request order. A change set without any
   * response (the service stopped early) yields outcomes with status 0.
   *
   * @throws IllegalArgumentException when the body is not a multipart batch response
   */
  public List<BatchOutcome> read(String responseContentType, String responseBody) {
    List<HttpMultipart.Part> parts =
        HttpMultipart.parse(HttpMultipart.boundary(responseContentType), responseBody);
    List<BatchOutcome> outcomes = new ArrayList<>();
    int firstId = 1;
    for (int s = 0; s < changeSets.size(); s++) {
      List<BatchOp> set = changeSets.get(s);
      HttpMultipart.Part part = s < parts.size() ? parts.get(s) : null;
      outcomes.addAll(BatchResponses.outcomes(set, firstId, part));
      firstId += set.size();
    }
    return outcomes;
  }
}
