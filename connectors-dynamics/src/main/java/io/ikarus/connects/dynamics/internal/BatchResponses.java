package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.spi.HttpMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Matches one change set's requests with the part the service answered for it. */
final class BatchResponses {

  private BatchResponses() {}

  static List<BatchOutcome> outcomes(List<BatchOp> set, int firstId, HttpMultipart.Part part) {
    List<BatchOutcome> out = new ArrayList<>();
    if (part instanceof HttpMultipart.Group group) {
      for (int i = 0; i < set.size(); i++) {
        HttpMultipart.Message m = byContentId(group.messages(), firstId + i, i);
        out.add(
            m == null
                ? missing(set.get(i))
                : new BatchOutcome(set.get(i), m.status(), m.headers(), m.body(), false));
      }
      return out;
    }
    if (part instanceof HttpMultipart.Message failure) {
      String culprit = failure.partHeader("Content-ID");
      for (int i = 0; i < set.size(); i++) {
        boolean blamed = Integer.toString(firstId + i).equals(culprit) || set.size() == 1;
        out.add(
            new BatchOutcome(
                set.get(i), failure.status(), failure.headers(), failure.body(), !blamed));
      }
      return out;
    }
    set.forEach(op -> out.add(missing(op)));
    return out;
  }

  private static HttpMultipart.Message byContentId(
      List<HttpMultipart.Message> messages, int contentId, int position) {
    for (HttpMultipart.Message m : messages) {
      if (Integer.toString(contentId).equals(m.partHeader("Content-ID"))) {
        return m;
      }
    }
    return position < messages.size() && messages.get(position).partHeader("Content-ID") == null
        ? messages.get(position)
        : null;
  }

  private static BatchOutcome missing(BatchOp op) {
    return new BatchOutcome(op, 0, Map.of(), "", false);
  }
}
