package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.CsvWriter;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /jobs/query}: Bulk API 2.0 query jobs. Results are CSV pages of {@code maxRecords} rows
 * (default 50,000) read lazily from the scan; {@code Sforce-Locator} names the next page and is the
 * literal string {@code null} on the last one. Locators are stable and reusable.
 */
final class BulkQueryResource {

  private static final int DEFAULT_PAGE = 50_000;

  private final SfOrg org;
  private final Map<String, BulkQueryJob> jobs = new LinkedHashMap<>();

  BulkQueryResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    if (call.path().isEmpty()) {
      return call.method().equals("POST")
          ? create(call)
          : SfError.methodNotAllowed(call.method(), "POST");
    }
    BulkQueryJob job = jobs.get(call.segment(0));
    if (job == null) {
      return SfError.notFound();
    }
    if (call.path().size() == 2 && call.segment(1).equals("results")) {
      return call.method().equals("GET")
          ? results(call, job)
          : SfError.methodNotAllowed(call.method(), "GET");
    }
    return switch (call.method()) {
      case "GET" -> {
        job.poll(org.config.bulkPollsBeforeComplete());
        yield FakeResponse.json(200, job.info());
      }
      case "PATCH" -> abort(call, job);
      case "DELETE" -> {
        jobs.remove(job.id);
        yield FakeResponse.empty(204);
      }
      default -> SfError.methodNotAllowed(call.method(), "GET,PATCH,DELETE");
    };
  }

  private FakeResponse create(SfCall call) {
    ObjectNode body = SfBodies.object(call.request());
    String operation = body.path("operation").asText("query");
    if (!operation.equals("query") && !operation.equals("queryAll")) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid operation: " + operation);
    }
    SfScan scan = org.scan(body.path("query").asText(null), operation.equals("queryAll"));
    String id = org.ids.newIdWithPrefix("750");
    BulkQueryJob job =
        new BulkQueryJob(id, scan, operation, BulkFormat.of(body), call.version(), org.store.now());
    jobs.put(id, job);
    return FakeResponse.json(200, job.info());
  }

  private FakeResponse abort(SfCall call, BulkQueryJob job) {
    String target = SfBodies.object(call.request()).path("state").asText("");
    if (!target.equals("Aborted") || job.finished()) {
      throw SfFailure.badRequest(
          "INVALIDJOBSTATE", "Can't change job state from " + job.state + " to " + target);
    }
    job.state = "Aborted";
    return FakeResponse.json(200, job.info());
  }

  private FakeResponse results(SfCall call, BulkQueryJob job) {
    if (!job.state.equals("JobComplete")) {
      throw SfFailure.badRequest(
          "INVALIDJOBSTATE", "Job " + job.id + " is not complete (state " + job.state + ")");
    }
    int max = maxRecords(call.request().param("maxRecords"));
    SfScan.State from = decode(call.request().param("locator"));
    SfScan.Page page = job.scan.page(from, max);
    List<SObjectField> fields = job.scan.plan().fields();
    CsvWriter csv = new CsvWriter(job.format.delimiter(), job.format.lineEnding());
    csv.row(fields.stream().map(SObjectField::name).toList());
    for (StoredRecord r : page.rows()) {
      List<String> values = new ArrayList<>();
      fields.forEach(f -> values.add(SfValues.toCsv(SfObject.value(r, f))));
      csv.row(values);
    }
    return FakeResponse.text(200, "text/csv", csv.toString())
        .header("Sforce-Locator", page.next() == null ? "null" : encode(page.next()))
        .header("Sforce-NumberOfRecords", Integer.toString(page.rows().size()))
        .records(page.rows().size());
  }

  private static int maxRecords(String text) {
    if (text == null) {
      return DEFAULT_PAGE;
    }
    try {
      int max = Integer.parseInt(text);
      if (max < 1) {
        throw new NumberFormatException(text);
      }
      return max;
    } catch (NumberFormatException e) {
      throw SfFailure.badRequest(
          "INVALIDREQUEST", "maxRecords must be a positive integer: " + text);
    }
  }

  private static String encode(SfScan.State state) {
    String text = state.position() + ":" + state.emitted();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static SfScan.State decode(String locator) {
    if (locator == null || locator.isEmpty()) {
      return SfScan.State.START;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(locator), StandardCharsets.US_ASCII);
      String[] parts = text.split(":");
      return new SfScan.State(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw SfFailure.badRequest("INVALIDREQUEST", "Invalid locator: " + locator);
    }
  }
}
