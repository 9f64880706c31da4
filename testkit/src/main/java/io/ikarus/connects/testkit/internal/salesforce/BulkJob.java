package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.CsvWriter;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What ingest and query jobs share: id, object, operation, CSV dialect, state and the polling that
 * moves a job from UploadComplete through InProgress to JobComplete.
 */
abstract class BulkJob {

  private static final Map<String, Character> DELIMITERS =
      Map.of(
          "COMMA", ',', "TAB", '\t', "PIPE", '|', "SEMICOLON", ';', "CARET", '^', "BACKQUOTE", '`');

  final String id;
  final String object;
  final String operation;
  final String delimiterName;
  final String lineEndingName;
  final int version;
  final Instant created;
  String state;
  String errorMessage;
  private int pollsLeft = -1;

  /**
   * A new job of {@code org}, created by {@code call} at the org's time; reads and checks {@code
   * contentType}, {@code columnDelimiter} and {@code lineEnding}.
   */
  BulkJob(SfOrg org, SfCall call, String object, String operation, JsonNode body) {
    this.id = org.ids.newIdWithPrefix("750");
    String contentType = body.path("contentType").asText("CSV");
    if (!contentType.equals("CSV")) {
      throw SfFailure.badRequest("INVALIDJOB", "contentType must be CSV, not " + contentType);
    }
    this.delimiterName = body.path("columnDelimiter").asText("COMMA");
    if (!DELIMITERS.containsKey(delimiterName)) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid columnDelimiter: " + delimiterName);
    }
    this.lineEndingName = body.path("lineEnding").asText("LF");
    if (!lineEndingName.equals("LF") && !lineEndingName.equals("CRLF")) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid lineEnding: " + lineEndingName);
    }
    this.object = object;
    this.operation = operation;
    this.version = call.version();
    this.created = org.store.now();
  }

  char delimiter() {
    return DELIMITERS.get(delimiterName);
  }

  /** A 200 {@code text/csv} response in the job's dialect: {@code header}, then {@code rows}. */
  FakeResponse csv(List<String> header, List<List<String>> rows) {
    CsvWriter csv = new CsvWriter(delimiter(), lineEndingName.equals("LF") ? "\n" : "\r\n");
    csv.row(header);
    rows.forEach(csv::row);
    return FakeResponse.text(200, "text/csv", csv.toString()).records(rows.size());
  }

  /** The job info body. */
  abstract ObjectNode info();

  /** Runs the job's work; called once, when polling reaches the end of InProgress. */
  abstract void process();

  /** Advances the state on a poll: UploadComplete, InProgress for some polls, then done. */
  void poll(int pollsBeforeComplete) {
    if (state.equals("UploadComplete")) {
      pollsLeft = pollsBeforeComplete;
      state = "InProgress";
    }
    if (state.equals("InProgress") && pollsLeft-- <= 0) {
      process();
      if (state.equals("InProgress")) {
        state = "JobComplete";
      }
    }
  }

  boolean finished() {
    return state.equals("JobComplete") || state.equals("Failed") || state.equals("Aborted");
  }

  /** The job info fields common to both job types. */
  ObjectNode info(String jobType) {
    String stamp = SfValues.REST_DATETIME.format(created);
    ObjectNode node =
        Json.object()
            .put("id", id)
            .put("operation", operation)
            .put("object", object)
            .put("createdById", SfOrg.USER_ID + "AAA")
            .put("createdDate", stamp)
            .put("systemModstamp", stamp)
            .put("state", state)
            .put("concurrencyMode", "Parallel")
            .put("contentType", "CSV")
            .put("apiVersion", version + 0.0)
            .put("jobType", jobType)
            .put("lineEnding", lineEndingName)
            .put("columnDelimiter", delimiterName)
            .put("retries", 0)
            .put("totalProcessingTime", 0);
    if (errorMessage != null) {
      node.put("errorMessage", errorMessage);
    }
    return node;
  }
}
