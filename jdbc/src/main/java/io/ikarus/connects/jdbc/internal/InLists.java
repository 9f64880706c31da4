package io.ikarus.connects.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads and deletes the rows of one job whose key column is one of many ids, chunked. Portable:
 * {@code job = ? AND column IN (?, ...)} with {@link Chunks#IN_LIST} ids per statement. PostgreSQL:
 * one text array of up to {@link Chunks#ARRAY} ids per statement, joined through {@code unnest}, so
 * a lookup of 100,000 ids is 10 round trips instead of 200, and the plan is an index lookup per id
 * whatever the planner guesses about the array (a filter {@code column = ANY(?)} may be planned as
 * a scan of the job's rows that compares each with every id of the array).
 */
final class InLists {

  /** Receives one row. */
  @FunctionalInterface
  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private final boolean arrays;

  /** Statements in {@code dialect}. */
  InLists(Dialect dialect) {
    this.arrays = dialect.arrays();
  }

  /**
   * Hands every row of {@code table} whose {@code job} is {@code job} and whose {@code column} is
   * one of {@code ids} to {@code row}, with the given {@code columns} (unqualified names).
   */
  void query(
      Connection c,
      String columns,
      String table,
      String column,
      String job,
      List<String> ids,
      Row row)
      throws SQLException {
    for (List<String> chunk : Chunks.of(ids, chunkSize())) {
      String sql =
          arrays
              ? "SELECT "
                  + columns
                  + " FROM unnest(?::text[]) AS ikc_k(ikc_id) JOIN "
                  + table
                  + " ON "
                  + column
                  + " = ikc_k.ikc_id AND job = ?"
              : "SELECT " + columns + " FROM " + table + " WHERE " + portable(column, chunk);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(c, s, job, chunk);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            row.accept(rs);
          }
        }
      }
    }
  }

  /**
   * Deletes the rows of {@code job} in {@code table} whose {@code column} is one of {@code ids}.
   */
  void delete(Connection c, String table, String column, String job, List<String> ids)
      throws SQLException {
    for (List<String> chunk : Chunks.of(ids, chunkSize())) {
      String sql =
          arrays
              ? "DELETE FROM "
                  + table
                  + " WHERE "
                  + column
                  + " IN (SELECT unnest(?::text[])) AND job = ?"
              : "DELETE FROM " + table + " WHERE " + portable(column, chunk);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(c, s, job, chunk);
        s.executeUpdate();
      }
    }
  }

  /** A PostgreSQL text array of {@code values}. */
  static Array array(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }

  private int chunkSize() {
    return arrays ? Chunks.ARRAY : Chunks.IN_LIST;
  }

  private static String portable(String column, List<String> chunk) {
    return "job = ? AND " + column + " IN (" + Chunks.marks(chunk.size()) + ")";
  }

  /** Arrays: the array, then the job. Portable: the job, then each id. */
  private void bind(Connection c, PreparedStatement s, String job, List<String> chunk)
      throws SQLException {
    if (arrays) {
      s.setArray(1, array(c, chunk));
      s.setString(2, job);
      return;
    }
    s.setString(1, job);
    for (int i = 0; i < chunk.size(); i++) {
      s.setString(2 + i, chunk.get(i));
    }
  }
}
