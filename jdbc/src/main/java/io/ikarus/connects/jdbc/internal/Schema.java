package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncStateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates or upgrades the module's tables from the versioned scripts shipped in this jar ({@code
 * V1__sync_state.sql}, ...). Each upgrade runs in one transaction and records its version, so two
 * processes starting at once apply it once: on PostgreSQL they queue on an advisory lock, elsewhere
 * the loser fails on the version row's key and finds the schema current when it looks again.
 */
public final class Schema {

  /** The scripts, in order; version = index + 1. */
  static final List<String> SCRIPTS = List.of("V1__sync_state.sql", "V2__refresh_token.sql");

  private Schema() {}

  /** The newest version this library knows. */
  public static int latest() {
    return SCRIPTS.size();
  }

  /**
   * Brings the schema under {@code tables} to the latest version.
   *
   * @throws SyncStateException when the database fails or holds a newer schema than this library
   */
  public static void migrate(Transactions tx, Tables tables, Dialect dialect) {
    createVersionTable(tx, tables);
    try {
      tx.inTransaction(
          "migrate the schema " + tables.prefix() + "*", c -> upgrade(c, tables, dialect));
    } catch (SyncStateException e) {
      if (current(tx, tables) != latest()) {
        throw e;
      }
    }
  }

  private static Void upgrade(Connection c, Tables tables, Dialect dialect) throws SQLException {
    if (dialect.advisoryLocks()) {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        s.setLong(1, LockKeys.of("schema:" + tables.prefix()));
        s.executeQuery().close();
      }
    }
    int version = version(c, tables);
    if (version > latest()) {
      throw new SyncStateException(
          "tables "
              + tables.prefix()
              + "* have schema version "
              + version
              + "; this library knows up to "
              + latest()
              + " (upgrade the library or use another tablePrefix)",
          null);
    }
    for (int v = version + 1; v <= latest(); v++) {
      apply(c, script(v, tables, dialect));
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO " + tables.version() + " (version) VALUES (?)")) {
        s.setInt(1, v);
        s.executeUpdate();
      }
    }
    return null;
  }

  private static void createVersionTable(Transactions tx, Tables tables) {
    if (current(tx, tables) >= 0) {
      return;
    }
    try {
      tx.inTransaction(
          "create " + tables.version(),
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute(
                  "CREATE TABLE " + tables.version() + " (version INTEGER NOT NULL PRIMARY KEY)");
            }
            return null;
          });
    } catch (SyncStateException e) {
      if (current(tx, tables) < 0) {
        throw e;
      }
    }
  }

  /** The applied version, 0 when none, -1 when the version table is missing. */
  static int current(Transactions tx, Tables tables) {
    try {
      return tx.inTransaction("read " + tables.version(), c -> version(c, tables));
    } catch (SyncStateException e) {
      return -1;
    }
  }

  private static int version(Connection c, Tables tables) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + tables.version())) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection c, String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements(script)) {
        s.execute(statement);
      }
    }
  }

  /** The statements of a script: split at semicolons, comment lines dropped. */
  static List<String> statements(String script) {
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String part : sql.toString().split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String script(int version, Tables tables, Dialect dialect) {
    String name = SCRIPTS.get(version - 1);
    try (InputStream in = Schema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${prefix}", tables.prefix())
          .replace("${text}", dialect.textType());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema script " + name, e);
    }
  }
}
