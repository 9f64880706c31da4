package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /jobs/ingest} and {@code /jobs/query}: Bulk API 2.0 jobs, from creation to result CSVs.
 * Query results are CSV pages of {@code maxRecords} rows (default 50,000) read lazily from the
 * scan; {@code Sforce-Locator} names the next page and is the literal string {@code null} on the
 * last one. Locators are stable and reusable.
 */
final class BulkResource {

  private static final Set<String> OPERATIONS =
      Set.of("insert", "update", "upsert", "delete", "hardDelete");
  private static final int DEFAULT_PAGE = 50_000;

  private final SfOrg org;
  private final Map<String, BulkJob> jobs = new LinkedHashMap<>();

  BulkResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    String kind = call.path().isEmpty() ? "" : call.segment(0);
    if (!kind.equals("ingest") && !kind.equals("query")) {
      return SfError.notFound();
    }
    boolean ingest = kind.equals("ingest");
    SfCall rest = call.skip(1);
    String method = call.method();
    if (rest.path().isEmpty()) {
      if (method.equals("POST")) {
        BulkJob job = ingest ? createIngest(rest) : createQuery(rest);
        jobs.put(job.id, job);
        return FakeResponse.json(200, job.info());
      }
      return ingest && method.equals("GET")
          ? list()
          : SfError.methodNotAllowed(method, ingest ? "GET,POST" : "POST");
    }
    BulkJob job = jobs.get(rest.segment(0));
    if (job == null || (job instanceof BulkIngestJob) != ingest) {
      return SfError.notFound();
    }
    if (rest.path().size() == 1) {
      return switch (method) {
        case "GET" -> {
          job.poll(org.config.bulkPollsBeforeComplete());
          yield FakeResponse.json(200, job.info());
        }
        case "PATCH" -> changeState(rest, job);
        case "DELETE" -> delete(job);
        default -> SfError.methodNotAllowed(method, "GET,PATCH,DELETE");
      };
    }
    String sub = rest.segment(1);
    if (ingest && sub.equals("batches")) {
      return method.equals("PUT")
          ? upload(rest, (BulkIngestJob) job)
          : SfError.methodNotAllowed(method, "PUT");
    }
    if (!method.equals("GET")) {
      return SfError.methodNotAllowed(method, "GET");
    }
    if (!ingest) {
      return sub.equals("results") ? queryResults(rest, (BulkQueryJob) job) : SfError.notFound();
    }
    BulkIngestJob in = (BulkIngestJob) job;
    return switch (sub) {
      case "successfulResults" -> results(in, List.of("sf__Id", "sf__Created"), in.successful);
      case "failedResults" -> results(in, List.of("sf__Id", "sf__Error"), in.failed);
      case "unprocessedrecords" -> results(in, List.of(), in.unprocessed);
      default -> SfError.notFound();
    };
  }

  private BulkJob createIngest(SfCall call) {
    ObjectNode body = SfBodies.object(call.request());
    String operation = body.path("operation").asText("");
    if (!OPERATIONS.contains(operation)) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid operation: " + operation);
    }
    String name = body.path("object").asText("");
    SfObject object =
        org.object(name)
            .orElseThrow(
                () ->
                    SfFailure.badRequest(
                        "INVALIDENTITY",
                        "Entity '" + name + "' is not supported by the Bulk API."));
    String extId = body.path("externalIdFieldName").asText(null);
    if (operation.equals("upsert")) {
      if (extId == null) {
        throw SfFailure.badRequest("INVALIDJOB", "External ID was blank for " + object.name());
      }
      object.externalIdField(extId);
    }
    return new BulkIngestJob(org, call, object, operation, extId, body);
  }

  private BulkJob createQuery(SfCall call) {
    ObjectNode body = SfBodies.object(call.request());
    String operation = body.path("operation").asText("query");
    if (!operation.equals("query") && !operation.equals("queryAll")) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid operation: " + operation);
    }
    SfScan scan = org.scan(body.path("query").asText(null), operation.equals("queryAll"));
    return new BulkQueryJob(org, call, scan, operation, body);
  }

  private FakeResponse upload(SfCall call, BulkIngestJob job) {
    if (!call.request().mediaType().equals("text/csv")) {
      throw SfFailure.unsupportedMediaType(call.request().mediaType());
    }
    if (!job.state.equals("Open") || job.uploaded) {
      throw SfFailure.badRequest(
          "INVALIDJOBSTATE",
          "Job "
              + job.id
              + " is not Open for uploads (state "
              + job.state
              + ", data uploaded: "
              + job.uploaded
              + ")");
    }
    return FakeResponse.empty(201).records(job.upload(call.request().body()));
  }

  /** To UploadComplete from Open (ingest jobs only start Open), or Aborted until finished. */
  private FakeResponse changeState(SfCall call, BulkJob job) {
    String target = SfBodies.object(call.request()).path("state").asText("");
    boolean ok =
        (target.equals("UploadComplete") && job.state.equals("Open"))
            || (target.equals("Aborted") && !job.finished());
    if (!ok) {
      throw SfFailure.badRequest(
          "INVALIDJOBSTATE", "Can't change job state from " + job.state + " to " + target);
    }
    job.state = target;
    return FakeResponse.json(200, job.info());
  }

  /**
   * An ingest job can be deleted unless Open or InProgress; a query job only once JobComplete,
   * Aborted or Failed (Salesforce answers {@code API_ERROR} otherwise).
   */
  private FakeResponse delete(BulkJob job) {
    if (job instanceof BulkQueryJob && !job.finished()) {
      throw SfFailure.badRequest(
          "API_ERROR", "Error encountered when deleting the job because the job is not terminated");
    }
    if (job.state.equals("Open") || job.state.equals("InProgress")) {
      throw SfFailure.badRequest("INVALIDJOBSTATE", "Can't delete a job in state " + job.state);
    }
    jobs.remove(job.id);
    return FakeResponse.empty(204);
  }

  private FakeResponse list() {
    ObjectNode body = Json.object().put("done", true);
    ArrayNode records = body.putArray("records");
    jobs.values().stream()
        .filter(j -> j instanceof BulkIngestJob)
        .forEach(j -> records.add(j.info()));
    body.putNull("nextRecordsUrl");
    return FakeResponse.json(200, body);
  }

  private FakeResponse results(BulkIngestJob job, List<String> prefix, List<List<String>> rows) {
    if (!job.finished()) {
      throw notComplete(job);
    }
    List<List<String>> ordered = new ArrayList<>(rows);
    if (org.config.shuffleBulkResults()) {
      Collections.shuffle(ordered);
    }
    List<String> header = new ArrayList<>(prefix);
    header.addAll(job.header);
    return job.csv(header, ordered);
  }

  private static FakeResponse queryResults(SfCall call, BulkQueryJob job) {
    if (!job.state.equals("JobComplete")) {
      throw notComplete(job);
    }
    String text = call.request().param("maxRecords");
    SfFailure refusal =
        SfFailure.badRequest("INVALIDREQUEST", "maxRecords must be a positive integer: " + text);
    int max = WholeNumber.parse(text, DEFAULT_PAGE, 1, Integer.MAX_VALUE, () -> refusal);
    SfScan.State from = decode(call.request().param("locator"));
    SfScan.Page page = job.scan.page(from, max);
    List<SObjectField> fields = job.scan.plan().fields();
    List<List<String>> rows =
        page.rows().stream()
            .map(r -> fields.stream().map(f -> SfValues.toCsv(SfObject.value(r, f))).toList())
            .toList();
    return job.csv(fields.stream().map(SObjectField::name).toList(), rows)
        .header("Sforce-Locator", page.next() == null ? "null" : encode(page.next()))
        .header("Sforce-NumberOfRecords", Integer.toString(rows.size()));
  }

  private static SfFailure notComplete(BulkJob job) {
    return SfFailure.badRequest(
        "INVALIDJOBSTATE", "Job " + job.id + " is not complete (state " + job.state + ")");
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
