package io.ikarus.connects.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads and writes the refresh token table. */
public final class TokenTable {

  private final String table;

  /** Over the refresh token table of {@code tables}. */
  public TokenTable(Tables tables) {
    this.table = tables.refreshToken();
  }

  /** The token stored under {@code name}. */
  public Optional<String> read(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT token FROM " + table + " WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Stores {@code token} under {@code name}: an update, or an insert when there was none. */
  public void write(Connection c, String name, String token, long now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE " + table + " SET token = ?, updated_at = ? WHERE name = ?")) {
      s.setString(1, token);
      s.setLong(2, now);
      s.setString(3, name);
      if (s.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO " + table + " (token, updated_at, name) VALUES (?, ?, ?)")) {
      s.setString(1, token);
      s.setLong(2, now);
      s.setString(3, name);
      s.executeUpdate();
    }
  }
}
