package io.ikarus.connects.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Statements of the form {@code ... WHERE job = ? AND column IN (...)}, chunked: portable {@code IN
 * (?, ...)} lists of {@link Chunks#IN_LIST} ids, or on PostgreSQL {@code = ANY(?)} with one array
 * of up to {@link Chunks#ARRAY} ids, so a lookup of 100,000 ids is 10 round trips, not 200.
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

  /** Runs {@code sql + " IN (...)"} per chunk of {@code ids}, handing every row to {@code row}. */
  void query(Connection c, String sql, String job, List<String> ids, Row row) throws SQLException {
    for (List<String> chunk : Chunks.of(ids, chunkSize())) {
      try (PreparedStatement s = prepare(c, sql, job, chunk);
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }

  /** Runs {@code sql + " IN (...)"} per chunk of {@code ids} as an update. */
  void update(Connection c, String sql, String job, List<String> ids) throws SQLException {
    for (List<String> chunk : Chunks.of(ids, chunkSize())) {
      try (PreparedStatement s = prepare(c, sql, job, chunk)) {
        s.executeUpdate();
      }
    }
  }

  /** Ids per statement. */
  int chunkSize() {
    return arrays ? Chunks.ARRAY : Chunks.IN_LIST;
  }

  /** {@code " IN (?, ...)"} for {@code n} ids, or {@code " = ANY(?)"}. */
  String in(int n) {
    return arrays ? " = ANY(?)" : " IN (" + Chunks.marks(n) + ")";
  }

  /** Binds {@code ids} from parameter {@code first} on; returns the next free parameter. */
  int bind(Connection c, PreparedStatement s, int first, List<String> ids) throws SQLException {
    if (arrays) {
      s.setArray(first, array(c, ids));
      return first + 1;
    }
    for (int i = 0; i < ids.size(); i++) {
      s.setString(first + i, ids.get(i));
    }
    return first + ids.size();
  }

  /** A PostgreSQL text array of {@code values}. */
  static Array array(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }

  private PreparedStatement prepare(Connection c, String sql, String job, List<String> chunk)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql + in(chunk.size()));
    s.setString(1, job);
    bind(c, s, 2, chunk);
    return s;
  }
}
