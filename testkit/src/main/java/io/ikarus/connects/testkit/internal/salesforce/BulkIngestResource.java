package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.CsvReader;
import io.ikarus.connects.testkit.internal.CsvWriter;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /jobs/ingest}: Bulk API 2.0 ingest jobs, from creation to result CSVs. */
final class BulkIngestResource {

  private static final Set<String> OPERATIONS =
      Set.of("insert", "update", "upsert", "delete", "hardDelete");

  private final SfOrg org;
  private final Map<String, BulkIngestJob> jobs = new LinkedHashMap<>();

  BulkIngestResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    if (call.path().isEmpty()) {
      return switch (call.method()) {
        case "POST" -> create(call);
        case "GET" -> list();
        default -> SfError.methodNotAllowed(call.method(), "GET,POST");
      };
    }
    BulkIngestJob job = jobs.get(call.segment(0));
    if (job == null) {
      return SfError.notFound();
    }
    if (call.path().size() == 1) {
      return switch (call.method()) {
        case "GET" -> info(job);
        case "PATCH" -> changeState(call, job);
        case "DELETE" -> delete(job);
        default -> SfError.methodNotAllowed(call.method(), "GET,PATCH,DELETE");
      };
    }
    String sub = call.segment(1);
    if (sub.equals("batches")) {
      return call.method().equals("PUT")
          ? upload(call, job)
          : SfError.methodNotAllowed(call.method(), "PUT");
    }
    if (!call.method().equals("GET")) {
      return SfError.methodNotAllowed(call.method(), "GET");
    }
    return switch (sub) {
      case "successfulResults" -> results(job, List.of("sf__Id", "sf__Created"), job.successful);
      case "failedResults" -> results(job, List.of("sf__Id", "sf__Error"), job.failed);
      case "unprocessedrecords" -> results(job, List.of(), job.unprocessed);
      default -> SfError.notFound();
    };
  }

  private FakeResponse create(SfCall call) {
    ObjectNode body = SfBodies.object(call.request());
    String operation = body.path("operation").asText("");
    if (!OPERATIONS.contains(operation)) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid operation: " + operation);
    }
    SfObject object =
        org.object(body.path("object").asText(""))
            .orElseThrow(
                () ->
                    SfFailure.badRequest(
                        "INVALIDENTITY",
                        "Entity '"
                            + body.path("object").asText("")
                            + "' is not supported by the Bulk API."));
    String extId = body.path("externalIdFieldName").asText(null);
    if (operation.equals("upsert")) {
      if (extId == null) {
        throw SfFailure.badRequest("INVALIDJOB", "External ID was blank for " + object.name());
      }
      object.externalIdField(extId);
    }
    String id = org.ids.newIdWithPrefix("750");
    BulkIngestJob job =
        new BulkIngestJob(
            id, object, operation, extId, BulkFormat.of(body), call.version(), org.store.now());
    jobs.put(id, job);
    return FakeResponse.json(200, job.info());
  }

  private FakeResponse upload(SfCall call, BulkIngestJob job) {
    if (!call.request().mediaType().equals("text/csv")) {
      throw SfFailure.unsupportedMediaType(call.request().mediaType());
    }
    if (!job.state.equals("Open") || job.csv != null) {
      throw SfFailure.badRequest(
          "INVALIDJOBSTATE",
          "Job "
              + job.id
              + " is not Open for uploads (state "
              + job.state
              + ", data uploaded: "
              + (job.csv != null)
              + ")");
    }
    job.csv = call.request().body();
    return FakeResponse.empty(201).records(countRows(job));
  }

  private FakeResponse changeState(SfCall call, BulkIngestJob job) {
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

  private FakeResponse info(BulkIngestJob job) {
    job.poll(org.config.bulkPollsBeforeComplete());
    return FakeResponse.json(200, job.info());
  }

  private FakeResponse delete(BulkIngestJob job) {
    if (job.state.equals("Open") || job.state.equals("InProgress")) {
      throw SfFailure.badRequest("INVALIDJOBSTATE", "Can't delete a job in state " + job.state);
    }
    jobs.remove(job.id);
    return FakeResponse.empty(204);
  }

  private FakeResponse list() {
    ObjectNode body = Json.object().put("done", true);
    ArrayNode records = body.putArray("records");
    jobs.values().forEach(j -> records.add(j.info()));
    body.putNull("nextRecordsUrl");
    return FakeResponse.json(200, body);
  }

  private FakeResponse results(BulkIngestJob job, List<String> prefix, List<List<String>> rows) {
    if (!job.finished()) {
      throw SfFailure.badRequest(
          "INVALIDJOBSTATE", "Job " + job.id + " is not complete (state " + job.state + ")");
    }
    List<List<String>> ordered = new ArrayList<>(rows);
    if (org.shuffleBulkResults) {
      Collections.shuffle(ordered);
    }
    CsvWriter csv = new CsvWriter(job.format.delimiter(), job.format.lineEnding());
    List<String> header = new ArrayList<>(prefix);
    header.addAll(job.header);
    csv.row(header);
    ordered.forEach(csv::row);
    return FakeResponse.text(200, "text/csv", csv.toString()).records(rows.size());
  }

  private static int countRows(BulkIngestJob job) {
    CsvReader reader = new CsvReader(job.csv, job.format.delimiter());
    int rows = -1;
    try {
      while (reader.next() != null) {
        rows++;
      }
    } catch (IllegalArgumentException e) {
      return Math.max(0, rows);
    }
    return Math.max(0, rows);
  }
}
