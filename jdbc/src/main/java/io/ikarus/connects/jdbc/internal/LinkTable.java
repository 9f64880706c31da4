package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads and writes the link table. Lookups go through the primary key (job, source_id) or the
 * unique index (job, target_id), by {@code IN} lists or PostgreSQL arrays (see {@link InLists});
 * writes are JDBC batches, or on PostgreSQL one {@code INSERT ... SELECT FROM unnest(...)} per
 * {@link Chunks#ARRAY} links.
 *
 * <p>On PostgreSQL the store also refreshes the table's planner statistics ({@code ANALYZE}) once
 * the links it wrote since the last refresh reach a fifth of the table (and at least {@link
 * #ANALYZE_AFTER}): right after a bulk load the planner has no statistics, believes {@code job = ?}
 * selects a few rows, and filters every link of the job for each lookup; measured on 200,000 links,
 * 44 ms per 500-id lookup instead of well under one.
 */
public final class LinkTable {

  /** Links written before statistics are refreshed, at the least. */
  static final long ANALYZE_AFTER = 10_000;

  private static final String COLUMNS = "source_id, target_id, source_hash, target_hash, base";

  private final String table;
  private final Dialect dialect;
  private final InLists in;
  private final AtomicLong writtenSinceAnalyze = new AtomicLong();
  private volatile long rowsAtAnalyze;

  /** Over the link table of {@code tables}, with the statements of {@code dialect}. */
  public LinkTable(Tables tables, Dialect dialect) {
    this.table = tables.link();
    this.dialect = dialect;
    this.in = new InLists(dialect);
  }

  /** The links of {@code ids} on {@code side}, keyed by those ids. */
  public Map<String, SyncLink> read(Connection c, String job, SyncSide side, Collection<String> ids)
      throws SQLException {
    String column = side == SyncSide.SOURCE ? "source_id" : "target_id";
    Map<String, SyncLink> found = new HashMap<>();
    in.query(
        c,
        COLUMNS,
        table,
        column,
        job,
        new ArrayList<>(new LinkedHashSet<>(ids)),
        rs -> {
          SyncLink link = link(rs);
          found.put(link.id(side), link);
        });
    Map<String, SyncLink> out = new LinkedHashMap<>();
    ids.forEach(
        id -> {
          if (found.containsKey(id)) {
            out.put(id, found.get(id));
          }
        });
    return out;
  }

  /**
   * Stores links as if saved one after the other, each replacing any link that shares its source or
   * target id: every stored link sharing an id with one of {@code links} goes, then the links that
   * survive their own batch are inserted.
   */
  public void write(Connection c, String job, Collection<SyncLink> links) throws SQLException {
    List<SyncLink> all = List.copyOf(links);
    in.delete(c, table, "source_id", job, all.stream().map(SyncLink::sourceId).toList());
    in.delete(c, table, "target_id", job, all.stream().map(SyncLink::targetId).toList());
    Collection<SyncLink> survivors = survivors(all);
    if (dialect.arrays()) {
      insertArrays(c, job, List.copyOf(survivors));
    } else {
      insert(c, job, survivors);
    }
  }

  /**
   * Refreshes the planner's statistics of the link table when this store wrote enough links since
   * the last refresh; called after a write committed. A no-op off PostgreSQL.
   */
  public void maintain(Connection c, int written) throws SQLException {
    if (!dialect.arrays()
        || writtenSinceAnalyze.addAndGet(written) < Math.max(ANALYZE_AFTER, rowsAtAnalyze / 5)) {
      return;
    }
    writtenSinceAnalyze.set(0);
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE " + table);
      try (ResultSet rs =
          s.executeQuery("SELECT reltuples FROM pg_class WHERE oid = '" + table + "'::regclass")) {
        rowsAtAnalyze = rs.next() ? Math.max(0, rs.getLong(1)) : 0;
      }
    }
  }

  /** Removes the links with the source ids of {@code links}. */
  public void delete(Connection c, String job, Collection<SyncLink> links) throws SQLException {
    List<String> ids = links.stream().map(SyncLink::sourceId).toList();
    in.delete(c, table, "source_id", job, ids);
  }

  /** The links of a batch that no later link of the batch replaces. */
  private static Collection<SyncLink> survivors(List<SyncLink> links) {
    Map<String, SyncLink> bySource = new LinkedHashMap<>();
    Map<String, String> targetToSource = new HashMap<>();
    for (SyncLink link : links) {
      SyncLink old = bySource.remove(link.sourceId());
      if (old != null) {
        targetToSource.remove(old.targetId());
      }
      String other = targetToSource.remove(link.targetId());
      if (other != null) {
        bySource.remove(other);
      }
      bySource.put(link.sourceId(), link);
      targetToSource.put(link.targetId(), link.sourceId());
    }
    return bySource.values();
  }

  private void insert(Connection c, String job, Collection<SyncLink> links) throws SQLException {
    String sql = "INSERT INTO " + table + " (job, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int n = 0;
      for (SyncLink link : links) {
        s.setString(1, job);
        s.setString(2, link.sourceId());
        s.setString(3, link.targetId());
        s.setString(4, link.sourceHash());
        s.setString(5, link.targetHash());
        s.setString(6, BaseJson.write(link.base()));
        s.addBatch();
        if (++n % Chunks.BATCH == 0) {
          s.executeBatch();
        }
      }
      if (n % Chunks.BATCH != 0) {
        s.executeBatch();
      }
    }
  }

  /** One {@code INSERT ... SELECT FROM unnest(...)} per chunk: one statement, not one per row. */
  private void insertArrays(Connection c, String job, List<SyncLink> links) throws SQLException {
    String sql =
        "INSERT INTO "
            + table
            + " (job, "
            + COLUMNS
            + ") SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (List<SyncLink> chunk : Chunks.of(links, Chunks.ARRAY)) {
        s.setString(1, job);
        s.setArray(2, InLists.array(c, chunk.stream().map(SyncLink::sourceId).toList()));
        s.setArray(3, InLists.array(c, chunk.stream().map(SyncLink::targetId).toList()));
        s.setArray(4, InLists.array(c, chunk.stream().map(SyncLink::sourceHash).toList()));
        s.setArray(5, InLists.array(c, chunk.stream().map(SyncLink::targetHash).toList()));
        List<String> bases = new ArrayList<>(chunk.size());
        chunk.forEach(l -> bases.add(BaseJson.write(l.base())));
        s.setArray(6, InLists.array(c, bases));
        s.executeUpdate();
      }
    }
  }

  private static SyncLink link(ResultSet rs) throws SQLException {
    return new SyncLink(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        BaseJson.read(rs.getString(5)));
  }
}
