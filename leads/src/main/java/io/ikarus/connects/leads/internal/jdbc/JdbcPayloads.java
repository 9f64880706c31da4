package io.ikarus.connects.leads.internal.jdbc;

import io.ikarus.connects.leads.store.PayloadStore;
import io.ikarus.connects.leads.store.RawPayload;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** {@link PayloadStore} on JDBC: the raw bytes in a BYTEA column. */
public final class JdbcPayloads implements PayloadStore {

  private final Sql sql;
  private final String table;

  /** Creates the store. */
  public JdbcPayloads(Sql sql) {
    this.sql = sql;
    this.table = sql.table("lead_payloads");
  }

  @Override
  public void save(RawPayload p) {
    sql.tx(
        "save payload",
        c ->
            Sql.update(
                c,
                "INSERT INTO " + table + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                p.id(),
                p.connectorId(),
                p.receivedAt(),
                p.body()));
  }

  @Override
  public Optional<RawPayload> find(String id) {
    return sql.tx(
        "find payload",
        c -> {
          try (PreparedStatement s =
                  Sql.prepare(
                      c,
                      "SELECT connector_id, received_at, body FROM " + table + " WHERE id = ?",
                      id);
              ResultSet r = s.executeQuery()) {
            return r.next()
                ? Optional.of(
                    new RawPayload(
                        id, r.getString(1), Sql.instant(r.getTimestamp(2)), r.getBytes(3)))
                : Optional.empty();
          }
        });
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return sql.tx(
        "purge payloads",
        c -> Sql.update(c, "DELETE FROM " + table + " WHERE received_at < ?", cutoff));
  }
}
