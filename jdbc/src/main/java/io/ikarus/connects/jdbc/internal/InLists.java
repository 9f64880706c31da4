package io.ikarus.connects.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Statements of the form {@code ... WHERE job = ? AND column IN (?, ...)}, chunked. */
final class InLists {

  /** Receives one row. */
  @FunctionalInterface
  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private InLists() {}

  /** Runs {@code sql + " IN (...)"} per chunk of {@code ids}, handing every row to {@code row}. */
  static void query(Connection c, String sql, String job, List<String> ids, Row row)
      throws SQLException {
    for (List<String> chunk : Chunks.of(ids, Chunks.IN_LIST)) {
      try (PreparedStatement s = prepare(c, sql, job, chunk);
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }

  /** Runs {@code sql + " IN (...)"} per chunk of {@code ids} as an update. */
  static void update(Connection c, String sql, String job, List<String> ids) throws SQLException {
    for (List<String> chunk : Chunks.of(ids, Chunks.IN_LIST)) {
      try (PreparedStatement s = prepare(c, sql, job, chunk)) {
        s.executeUpdate();
      }
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, String job, List<String> chunk)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql + " IN (" + Chunks.marks(chunk.size()) + ")");
    s.setString(1, job);
    for (int i = 0; i < chunk.size(); i++) {
      s.setString(2 + i, chunk.get(i));
    }
    return s;
  }
}
