package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.salesforce.internal.dto.ApiError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches Bulk API 2.0 result rows back to the input records. Salesforce does not keep result rows
 * in input order, and we cannot add a correlation column (results echo only columns that are real
 * fields), but every result row echoes the data we uploaded for it. So a row's key is the tuple of
 * its echoed cells in our columns, and each key maps to the queue of input indices that uploaded
 * exactly those cells. Rows with equal keys carried identical data, so which of them gets which
 * outcome is immaterial; each outcome is used once. For an update or delete the key includes the
 * {@code Id}, for an upsert the external id; an insert matches by its full row.
 */
public final class BulkResultMatcher {

  private final List<String> header;
  private final List<IngestPlan.Row> rows;
  private final Map<Integer, RecordResult> results = new TreeMap<>();
  private final ErrorContext context;
  private final boolean upsert;
  private int unattributed;

  /**
   * Prepares matching for the rows of one job.
   *
   * @param upsert true to report {@code sf__Created} as {@link RecordResult#created()}
   */
  public BulkResultMatcher(
      List<String> header, List<IngestPlan.Row> rows, ErrorContext context, boolean upsert) {
    this.header = header;
    this.context = context;
    this.upsert = upsert;
    this.rows = rows;
  }

  /** Reads a {@code successfulResults} CSV ({@code sf__Id}, {@code sf__Created}, data...). */
  public void successes(String csv) {
    read(csv, (index, row) -> success(index, row));
  }

  /** Reads a {@code failedResults} CSV ({@code sf__Id}, {@code sf__Error}, data...). */
  public void failures(String csv) {
    read(csv, (index, row) -> RecordResult.failure(index, error(row.get("sf__Error"))));
  }

  /** The outcomes matched so far, by input index. */
  public Map<Integer, RecordResult> results() {
    return results;
  }

  /** Result rows whose echoed data matched no uploaded row that was still unresolved. */
  public int unattributed() {
    return unattributed;
  }

  private RecordResult success(int index, Map<String, String> row) {
    String id = row.get("sf__Id");
    String created = row.get("sf__Created");
    if (upsert && created != null && !created.isEmpty()) {
      return RecordResult.upserted(index, id, Boolean.parseBoolean(created));
    }
    return RecordResult.success(index, id);
  }

  private CrmException error(String sfError) {
    ApiError e = BulkErrors.parse(sfError);
    return SalesforceErrorMapper.item(context, List.of(e));
  }

  private interface Outcome {
    RecordResult of(int index, Map<String, String> row);
  }

  private void read(String csv, Outcome outcome) {
    CsvReader reader = new CsvReader(csv);
    List<String> columns = reader.next();
    if (columns == null) {
      return;
    }
    List<Integer> echoed = header.stream().map(columns::indexOf).toList();
    Map<List<String>, Deque<Integer>> byKey = unresolved(echoed);
    for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
      // the outcome reads two cells by name: a view, not a map per row (a profile hot spot)
      Map<String, String> row = new CellsByName(columns, cells);
      Deque<Integer> candidates = byKey.get(theirKey(cells, echoed));
      if (candidates == null || candidates.isEmpty()) {
        unattributed++;
        continue;
      }
      int index = candidates.poll();
      results.put(index, outcome.of(index, row));
    }
  }

  /**
   * Indexes the rows without an outcome yet by their cells in the columns Salesforce echoed (a
   * column it dropped, such as one that is not a real field, cannot be compared).
   */
  private Map<List<String>, Deque<Integer>> unresolved(List<Integer> echoed) {
    Map<List<String>, Deque<Integer>> byKey = new HashMap<>(rows.size() * 4 / 3 + 1);
    for (IngestPlan.Row row : rows) {
      if (!results.containsKey(row.index())) {
        List<String> key = new ArrayList<>(echoed.size());
        for (int c = 0; c < echoed.size(); c++) {
          key.add(echoed.get(c) < 0 ? null : comparable(row.cells().get(c)));
        }
        byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).add(row.index());
      }
    }
    return byKey;
  }

  /** A result row's cells in our column order; null where the column was not echoed. */
  private static List<String> theirKey(List<String> cells, List<Integer> echoed) {
    List<String> key = new ArrayList<>(echoed.size());
    for (int position : echoed) {
      key.add(position < 0 ? null : position < cells.size() ? comparable(cells.get(position)) : "");
    }
    return key;
  }

  /**
   * A cell as compared: the null we uploaded ({@code #N/A}) equals an empty cell, as Salesforce
   * documents no echo form for a nulled field and an empty echo must not leave the row unmatched
   * (it would be reported as not processed although it was written).
   */
  private static String comparable(String cell) {
    return CsvCodec.NULL.equals(cell) ? "" : cell;
  }

  /** The cells of one result row by column name, looked up on demand. */
  private static final class CellsByName extends java.util.AbstractMap<String, String> {
    private final List<String> columns;
    private final List<String> cells;

    CellsByName(List<String> columns, List<String> cells) {
      this.columns = columns;
      this.cells = cells;
    }

    @Override
    public String get(Object name) {
      int i = columns.indexOf(name);
      return i < 0 || i >= cells.size() ? null : cells.get(i);
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      Map<String, String> copy = new java.util.LinkedHashMap<>();
      for (int i = 0; i < columns.size() && i < cells.size(); i++) {
        copy.put(columns.get(i), cells.get(i));
      }
      return copy.entrySet();
    }
  }
}
