package io.ikarus.connects.leads.internal.jdbc;

import io.ikarus.connects.leads.store.CheckpointStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@link CheckpointStore} on JDBC: one row per pull connector. */
public final class JdbcCheckpoints implements CheckpointStore {

  private final Sql sql;
  private final String table;

  /** Creates the store. */
  public JdbcCheckpoints(Sql sql) {
    this.sql = sql;
    this.table = sql.table("lead_checkpoints");
  }

  @Override
  public Optional<String> load(String connectorId) {
    return sql.tx(
        "load checkpoint",
        c -> {
          try (PreparedStatement s =
                  Sql.prepare(
                      c,
                      "SELECT checkpoint FROM " + table + " WHERE connector_id = ?",
                      connectorId);
              ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
          }
        });
  }

  @Override
  public void save(String connectorId, String checkpoint) {
    sql.tx(
        "save checkpoint",
        c ->
            Sql.update(
                c,
                "INSERT INTO "
                    + table
                    + " VALUES (?, ?) ON CONFLICT (connector_id)"
                    + " DO UPDATE SET checkpoint = EXCLUDED.checkpoint",
                connectorId,
                checkpoint));
  }
}
