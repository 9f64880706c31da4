package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV rows of a Bulk API 2.0 ingest job, built from a batch's input. Columns are the union of
 * the records' fields in first-seen order ({@code Id} first for update and delete). A field a
 * record lacks is an empty cell (Bulk API leaves it unchanged); a null value is {@code #N/A} (set
 * to null). A record that cannot be encoded (bad field name, value without CSV form, missing id or
 * key) is rejected here with a {@link ValidationException} and never uploaded; the others go on.
 */
public final class IngestPlan {

  /**
   * One uploaded row.
   *
   * @param index the record's position in the batch
   * @param cells the cell texts, in header order, before CSV quoting
   */
  public record Row(int index, List<String> cells) {}

  private final List<String> header;
  private final List<Row> rows;
  private final Map<Integer, CrmException> rejected;

  private IngestPlan(List<String> header, List<Row> rows, Map<Integer, CrmException> rejected) {
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.rejected = Map.copyOf(rejected);
  }

  /** Plans an insert ({@code keyField} null) or an upsert by {@code keyField}. */
  public static IngestPlan of(List<Map<String, Object>> records, String keyField, String op) {
    List<Map<String, Object>> values = new ArrayList<>(records);
    return build(values, keyField, null, op);
  }

  /** Plans an update: each record's id goes into the {@code Id} column. */
  public static IngestPlan ofUpdates(List<CrmRecord> records, String op) {
    List<Map<String, Object>> values = new ArrayList<>(records.size());
    for (CrmRecord r : records) {
      Map<String, Object> row = new LinkedHashMap<>(r.fields());
      row.remove("Id");
      row.put("Id", r.id());
      values.add(row);
    }
    return build(values, "Id", "Id", op);
  }

  /** Plans a delete of {@code ids}. */
  public static IngestPlan ofDeletes(List<String> ids, String op) {
    List<Map<String, Object>> values = new ArrayList<>(ids.size());
    for (String id : ids) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("Id", id);
      values.add(row);
    }
    return build(values, "Id", "Id", op);
  }

  private static IngestPlan build(
      List<Map<String, Object>> records, String keyField, String first, String op) {
    Set<String> columns = new LinkedHashSet<>();
    if (first != null) {
      columns.add(first);
    }
    Map<Integer, CrmException> rejected = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      CrmException problem = check(records.get(i), keyField, op, names);
      if (problem != null) {
        rejected.put(i, problem);
      } else {
        columns.addAll(records.get(i).keySet());
      }
    }
    List<String> header = new ArrayList<>(columns);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (!rejected.containsKey(i)) {
        rows.add(new Row(i, cells(header, records.get(i))));
      }
    }
    return new IngestPlan(header, rows, rejected);
  }

  /** A record's problem, or null; {@code names} holds the field names already found valid. */
  private static CrmException check(
      Map<String, Object> record, String keyField, String op, Set<String> names) {
    if (record == null) {
      return invalid(null, "the record is null", op);
    }
    if (keyField != null && record.get(keyField) == null) {
      return invalid(keyField, "'" + keyField + "' must have a value", op);
    }
    for (Map.Entry<String, Object> e : record.entrySet()) {
      try {
        // a name is checked once per plan, not once per record: the pattern is the hot spot
        if (!names.contains(e.getKey())) {
          Identifiers.field(e.getKey(), op);
          names.add(e.getKey());
        }
        CsvCodec.text(e.getValue());
      } catch (ValidationException bad) {
        return bad;
      } catch (IllegalArgumentException bad) {
        return invalid(e.getKey(), "field '" + e.getKey() + "': " + bad.getMessage(), op);
      }
    }
    return null;
  }

  private static List<String> cells(List<String> header, Map<String, Object> record) {
    List<String> cells = new ArrayList<>(header.size());
    for (String column : header) {
      cells.add(record.containsKey(column) ? CsvCodec.text(record.get(column)) : "");
    }
    return cells;
  }

  private static ValidationException invalid(String field, String message, String op) {
    return new ValidationException(
        message,
        ErrorContext.of(SalesforceNames.CONNECTOR, op),
        List.of(new FieldError(field, "INVALID_INPUT", message)));
  }

  /** The column names. */
  public List<String> header() {
    return header;
  }

  /** The rows to upload, in input order. */
  public List<Row> rows() {
    return rows;
  }

  /** The records refused before upload, by input index. */
  public Map<Integer, CrmException> rejected() {
    return rejected;
  }

  /** This plan restricted to {@code part} of its rows (for one of several jobs). */
  public IngestPlan slice(List<Row> part) {
    return new IngestPlan(header, part, Map.of());
  }

  /**
   * Writes {@code rows} as one CSV document with this plan's header.
   *
   * @param rows a slice of {@link #rows()}
   */
  public String csv(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    CsvCodec.appendRow(out, header);
    rows.forEach(r -> CsvCodec.appendRow(out, r.cells()));
    return out.toString();
  }
}
