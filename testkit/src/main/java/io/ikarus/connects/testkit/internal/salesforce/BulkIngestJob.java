package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.CsvReader;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bulk API 2.0 ingest job. Rows are processed one by one when polling completes the job; each
 * lands in the successful or failed results with the {@code sf__} columns, or in the unprocessed
 * records when the whole upload is invalid.
 */
final class BulkIngestJob extends BulkJob {

  private final SfObject target;
  final String externalIdField;
  boolean uploaded;
  List<String> header = List.of();
  private final List<List<String>> rows = new ArrayList<>();
  private String malformed;
  final List<List<String>> successful = new ArrayList<>();
  final List<List<String>> failed = new ArrayList<>();
  final List<List<String>> unprocessed = new ArrayList<>();

  BulkIngestJob(
      SfOrg org,
      SfCall call,
      SfObject target,
      String operation,
      String externalIdField,
      JsonNode body) {
    super(org, call, target.name(), operation, body);
    this.target = target;
    this.externalIdField = externalIdField;
    this.state = "Open";
  }

  @Override
  ObjectNode info() {
    ObjectNode node = info("V2Ingest");
    if (externalIdField != null) {
      node.put("externalIdFieldName", externalIdField);
    }
    node.put("contentUrl", "services/data/v" + version + ".0/jobs/ingest/" + id + "/batches");
    node.put("numberRecordsProcessed", successful.size() + failed.size());
    node.put("numberRecordsFailed", failed.size());
    return node;
  }

  /**
   * Reads the uploaded CSV once: the header, then the rows up to the first malformed record. A
   * malformed upload keeps the rows before the fault; processing fails the job later.
   *
   * @return how many rows were read
   */
  int upload(String csv) {
    uploaded = true;
    CsvReader reader = new CsvReader(csv, delimiter());
    try {
      header = Objects.requireNonNullElse(reader.next(), List.of());
      for (List<String> row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    } catch (IllegalArgumentException e) {
      malformed = e.getMessage();
    }
    return rows.size();
  }

  @Override
  void process() {
    if (malformed != null) {
      fail("InvalidBatch : " + malformed, rows);
      return;
    }
    if (header.isEmpty()) {
      fail("InvalidBatch : No data uploaded", List.of());
      return;
    }
    Optional<String> unknown =
        header.stream().filter(h -> target.schema().field(h).isEmpty()).findFirst();
    if (unknown.isPresent()) {
      fail("InvalidBatch : Field name not found : " + unknown.get(), rows);
      return;
    }
    rows.forEach(this::processRow);
  }

  private void fail(String message, List<List<String>> rows) {
    state = "Failed";
    errorMessage = message;
    unprocessed.addAll(rows);
  }

  private void processRow(List<String> row) {
    if (row.size() != header.size()) {
      failed.add(prefixed("", "INVALID_FIELD:wrong number of columns:--", row));
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (!row.get(i).isEmpty()) {
        values.put(header.get(i), row.get(i));
      }
    }
    try {
      SfWriter.Written done = apply(values);
      successful.add(prefixed(done.id(), Boolean.toString(done.created()), row));
    } catch (SfFailure e) {
      String id = values.getOrDefault("Id", "");
      failed.add(prefixed(id, e.error().toBulk(), row));
    }
  }

  /** Applies one row. */
  private SfWriter.Written apply(Map<String, String> raw) {
    String id = raw.remove(SfBodies.key(raw, "Id"));
    return switch (operation) {
      case "insert" -> SfWriter.create(target, convert(raw, true));
      case "update" -> SfWriter.update(target, target.live(required(id)), convert(raw, false));
      case "upsert" -> upsert(raw);
      default -> SfWriter.delete(target, target.live(required(id)));
    };
  }

  private SfWriter.Written upsert(Map<String, String> raw) {
    SObjectField field = target.externalIdField(externalIdField);
    String key = raw.remove(SfBodies.key(raw, field.name()));
    List<StoredRecord> matches = target.byExternalId(field, required(key));
    if (matches.size() > 1) {
      throw SfFailure.badRequest(
          "DUPLICATE_EXTERNAL_ID", "More than 1 record found for external id field");
    }
    return SfWriter.upsert(target, field, key, matches, raw, BulkIngestJob::value);
  }

  private Map<String, Object> convert(Map<String, String> raw, boolean create) {
    return SfWriter.convert(target, raw, create, BulkIngestJob::value);
  }

  /** A CSV cell's stored value; {@code #N/A} sets the field to null. */
  private static Object value(SObjectField field, String cell) {
    return cell.equals("#N/A") ? null : SfValues.fromText(field, cell);
  }

  private static String required(String value) {
    if (value == null || value.isEmpty() || value.equals("#N/A")) {
      throw SfFailure.field("MISSING_ARGUMENT", "Id not specified", "Id");
    }
    return value;
  }

  private static List<String> prefixed(String first, String second, List<String> row) {
    List<String> out = new ArrayList<>(List.of(first, second));
    out.addAll(row);
    return out;
  }
}
