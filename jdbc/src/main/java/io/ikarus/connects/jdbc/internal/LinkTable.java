package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the link table. Lookups go through the primary key (job, source_id) or the
 * unique index (job, target_id) in {@code IN} lists; writes are JDBC batches.
 */
public final class LinkTable {

  private static final String COLUMNS = "source_id, target_id, source_hash, target_hash, base";

  private final String table;

  /** Over the link table of {@code tables}. */
  public LinkTable(Tables tables) {
    this.table = tables.link();
  }

  /** The links of {@code ids} on {@code side}, keyed by those ids. */
  public Map<String, SyncLink> read(Connection c, String job, SyncSide side, Collection<String> ids)
      throws SQLException {
    String column = side == SyncSide.SOURCE ? "source_id" : "target_id";
    Map<String, SyncLink> found = new HashMap<>();
    InLists.query(
        c,
        "SELECT " + COLUMNS + " FROM " + table + " WHERE job = ? AND " + column,
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
    for (List<SyncLink> chunk : Chunks.of(all, Chunks.IN_LIST)) {
      String marks = Chunks.marks(chunk.size());
      String sql =
          "DELETE FROM "
              + table
              + " WHERE job = ? AND (source_id IN ("
              + marks
              + ") OR target_id IN ("
              + marks
              + "))";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, job);
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(2 + i, chunk.get(i).sourceId());
          s.setString(2 + chunk.size() + i, chunk.get(i).targetId());
        }
        s.executeUpdate();
      }
    }
    insert(c, job, survivors(all));
  }

  /** Removes the links with the source ids of {@code links}. */
  public void delete(Connection c, String job, Collection<SyncLink> links) throws SQLException {
    List<String> ids = links.stream().map(SyncLink::sourceId).toList();
    InLists.update(c, "DELETE FROM " + table + " WHERE job = ? AND source_id", job, ids);
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

  private static SyncLink link(ResultSet rs) throws SQLException {
    return new SyncLink(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        BaseJson.read(rs.getString(5)));
  }
}
