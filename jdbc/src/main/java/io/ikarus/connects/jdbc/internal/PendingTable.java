package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncSide;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the pending record table. A record's {@code seq} is given once, when it is first
 * saved, so saving it again keeps its place in the order.
 */
public final class PendingTable {

  private final String table;
  private final InLists in;

  /** Over the pending table of {@code tables}, with the statements of {@code dialect}. */
  public PendingTable(Tables tables, Dialect dialect) {
    this.table = tables.pending();
    this.in = new InLists(dialect);
  }

  /** The pending records of {@code job}, oldest first. */
  public List<PendingRecord> read(Connection c, String job) throws SQLException {
    String sql =
        "SELECT side, record_id, intent_hash FROM " + table + " WHERE job = ? ORDER BY seq";
    List<PendingRecord> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, job);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PendingRecord(
                  SyncSide.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  /** Stores records: existing ones get the new intent hash, new ones go last. */
  public void write(Connection c, String job, Collection<PendingRecord> records)
      throws SQLException {
    Map<String, PendingRecord> byKey = new LinkedHashMap<>();
    records.forEach(p -> byKey.put(key(p.side(), p.id()), p));
    Set<String> existing = existing(c, job, byKey.values());
    List<PendingRecord> updates = new ArrayList<>();
    List<PendingRecord> inserts = new ArrayList<>();
    byKey.forEach((k, p) -> (existing.contains(k) ? updates : inserts).add(p));
    batch(
        c,
        "UPDATE " + table + " SET intent_hash = ? WHERE job = ? AND side = ? AND record_id = ?",
        job,
        updates,
        0);
    if (!inserts.isEmpty()) {
      batch(
          c,
          "INSERT INTO "
              + table
              + " (intent_hash, job, side, record_id, seq) VALUES (?, ?, ?, ?, ?)",
          job,
          inserts,
          maxSeq(c, job) + 1);
    }
  }

  /** Removes records by side and id. */
  public void delete(Connection c, String job, Collection<PendingRecord> records)
      throws SQLException {
    String sql = "DELETE FROM " + table + " WHERE job = ? AND side = ? AND record_id = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (PendingRecord p : records) {
        s.setString(1, job);
        s.setString(2, p.side().name());
        s.setString(3, p.id());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Binds (intent_hash, job, side, record_id[, seq from firstSeq when > 0]) per record. */
  private static void batch(
      Connection c, String sql, String job, List<PendingRecord> records, long firstSeq)
      throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      long seq = firstSeq;
      for (PendingRecord p : records) {
        s.setString(1, p.intentHash());
        s.setString(2, job);
        s.setString(3, p.side().name());
        s.setString(4, p.id());
        if (firstSeq > 0) {
          s.setLong(5, seq++);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private Set<String> existing(Connection c, String job, Collection<PendingRecord> records)
      throws SQLException {
    Set<String> out = new HashSet<>();
    List<String> ids = records.stream().map(PendingRecord::id).distinct().toList();
    in.query(
        c,
        "side, record_id",
        table,
        "record_id",
        job,
        ids,
        rs -> out.add(key(SyncSide.valueOf(rs.getString(1)), rs.getString(2))));
    return out;
  }

  private long maxSeq(Connection c, String job) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM " + table + " WHERE job = ?")) {
      s.setString(1, job);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String key(SyncSide side, String id) {
    return side + "/" + id;
  }
}
