package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.sync.SyncSide;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads and writes the checkpoint table. */
public final class CheckpointTable {

  private final String table;

  /** Over the checkpoint table of {@code tables}. */
  public CheckpointTable(Tables tables) {
    this.table = tables.checkpoint();
  }

  /** The stored checkpoint. */
  public Optional<Checkpoint> read(Connection c, String job, SyncSide side) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT checkpoint FROM " + table + " WHERE job = ? AND side = ?")) {
      s.setString(1, job);
      s.setString(2, side.name());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(Checkpoint.parse(rs.getString(1))) : Optional.empty();
      }
    }
  }

  /** Stores a checkpoint: an update, or an insert when there was none. */
  public void write(Connection c, String job, SyncSide side, Checkpoint checkpoint)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE " + table + " SET checkpoint = ? WHERE job = ? AND side = ?")) {
      s.setString(1, checkpoint.asString());
      s.setString(2, job);
      s.setString(3, side.name());
      if (s.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO " + table + " (job, side, checkpoint) VALUES (?, ?, ?)")) {
      s.setString(1, job);
      s.setString(2, side.name());
      s.setString(3, checkpoint.asString());
      s.executeUpdate();
    }
  }
}
