package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /query} and {@code /queryAll}: the first page of a SOQL query, and the following pages
 * through {@code nextRecordsUrl} ({@code /query/<locator>-<offset>}, also under {@code
 * /queryAll/}). Page size is 2,000 or {@code Sforce-Query-Options: batchSize=N} (200 to 2,000).
 */
final class QueryResource {

  private static final Pattern BATCH_SIZE = Pattern.compile("batchSize=(\\d+)");
  private static final Pattern LOCATOR = Pattern.compile("(01g[0-9A-Za-z]{15})-(\\d+)");

  private record Cursor(
      SfScan scan, SfScan.State next, long delivered, int batchSize, long total) {}

  private final SfOrg org;
  private final Map<String, Cursor> cursors = new HashMap<>();

  QueryResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call, boolean all) {
    if (!call.method().equals("GET")) {
      return SfError.methodNotAllowed(call.method(), "GET,HEAD");
    }
    if (call.path().isEmpty()) {
      return first(call, all);
    }
    return call.path().size() == 1 ? more(call, call.segment(0)) : SfError.notFound();
  }

  private FakeResponse first(SfCall call, boolean all) {
    SfScan scan = org.scan(call.request().param("q"), all);
    Cursor start = new Cursor(scan, SfScan.State.START, 0, batchSize(call), scan.count());
    return scan.plan().count() ? body(call, start, null, List.of()) : page(call, start, null);
  }

  private FakeResponse more(SfCall call, String locator) {
    Matcher m = LOCATOR.matcher(locator);
    Cursor cursor = m.matches() ? cursors.get(m.group(1)) : null;
    if (cursor == null || cursor.delivered() != Long.parseLong(m.group(2))) {
      return SfFailure.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator").response();
    }
    return page(call, cursor, m.group(1));
  }

  private FakeResponse page(SfCall call, Cursor cursor, String locatorId) {
    SfScan.Page page = cursor.scan().page(cursor.next(), cursor.batchSize());
    if (page.next() == null) {
      cursors.remove(locatorId);
      return body(call, cursor, null, page.rows());
    }
    long delivered = cursor.delivered() + page.rows().size();
    String id = locatorId != null ? locatorId : org.ids.newIdWithPrefix("01g");
    cursors.put(
        id, new Cursor(cursor.scan(), page.next(), delivered, cursor.batchSize(), cursor.total()));
    return body(call, cursor, call.base() + "/query/" + id + "-" + delivered, page.rows());
  }

  private FakeResponse body(SfCall call, Cursor cursor, String nextUrl, List<StoredRecord> rows) {
    ObjectNode body = Json.object().put("totalSize", cursor.total()).put("done", nextUrl == null);
    if (nextUrl != null) {
      body.put("nextRecordsUrl", nextUrl);
    }
    ArrayNode records = body.putArray("records");
    SoqlPlan plan = cursor.scan().plan();
    SfObject object = org.objectOrNotFound(plan.schema().name());
    rows.forEach(r -> records.add(object.toJson(r, plan.fields(), call.version())));
    return FakeResponse.json(200, body).records(rows.size());
  }

  private static int batchSize(SfCall call) {
    String options = call.request().header("sforce-query-options");
    Matcher m = options == null ? null : BATCH_SIZE.matcher(options);
    if (m == null || !m.find()) {
      return 2000;
    }
    long requested = Long.parseLong(m.group(1));
    return (int) Math.max(200, Math.min(2000, requested));
  }
}
