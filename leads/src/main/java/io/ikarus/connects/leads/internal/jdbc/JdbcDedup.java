package io.ikarus.connects.leads.internal.jdbc;

import io.ikarus.connects.leads.store.DedupStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link DedupStore} on PostgreSQL: a key claim is one {@code INSERT ... ON CONFLICT DO NOTHING}; a
 * contact claim locks the contacts table for its transaction, so two processes sharing the database
 * never both record the same phone or email as new.
 */
public final class JdbcDedup implements DedupStore {

  private final Sql sql;
  private final String keys;
  private final String contacts;

  /** Creates the store. */
  public JdbcDedup(Sql sql) {
    this.sql = sql;
    this.keys = sql.table("lead_keys");
    this.contacts = sql.table("lead_contacts");
  }

  @Override
  public Optional<String> claim(String scope, String key, String leadId, Instant at) {
    return sql.tx(
        "claim",
        c -> {
          int inserted =
              Sql.update(
                  c,
                  "INSERT INTO " + keys + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                  scope,
                  key,
                  leadId,
                  at);
          return inserted == 1
              ? Optional.empty()
              : one(
                  c,
                  "SELECT lead_id FROM " + keys + " WHERE scope = ? AND event_key = ?",
                  scope,
                  key);
        });
  }

  @Override
  public void rebind(String scope, String key, String leadId, Instant at) {
    sql.tx(
        "rebind",
        c ->
            Sql.update(
                c,
                "INSERT INTO "
                    + keys
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (scope, event_key)"
                    + " DO UPDATE SET lead_id = EXCLUDED.lead_id",
                scope,
                key,
                leadId,
                at));
  }

  @Override
  public void release(String scope, String key, String leadId) {
    sql.tx(
        "release",
        c ->
            Sql.update(
                c,
                "DELETE FROM " + keys + " WHERE scope = ? AND event_key = ? AND lead_id = ?",
                scope,
                key,
                leadId));
  }

  @Override
  public Optional<String> claimContact(
      String phone, String email, String leadId, Instant at, Instant since) {
    return sql.tx(
        "claim contact",
        c -> {
          Sql.update(c, "LOCK TABLE " + contacts + " IN SHARE ROW EXCLUSIVE MODE");
          for (String k : new String[] {key("p:", phone), key("e:", email)}) {
            Optional<String> earlier =
                k == null
                    ? Optional.empty()
                    : one(
                        c,
                        "SELECT lead_id FROM " + contacts + " WHERE contact = ? AND seen_at >= ?",
                        k,
                        since);
            if (earlier.isPresent()) {
              return earlier;
            }
          }
          for (String k : new String[] {key("p:", phone), key("e:", email)}) {
            if (k != null) {
              Sql.update(
                  c,
                  "INSERT INTO "
                      + contacts
                      + " VALUES (?, ?, ?) ON CONFLICT (contact)"
                      + " DO UPDATE SET lead_id = EXCLUDED.lead_id, seen_at = EXCLUDED.seen_at",
                  k,
                  leadId,
                  at);
            }
          }
          return Optional.<String>empty();
        });
  }

  @Override
  public int purgeContactsBefore(Instant cutoff) {
    return sql.tx(
        "purge contacts",
        c -> Sql.update(c, "DELETE FROM " + contacts + " WHERE seen_at < ?", cutoff));
  }

  private static String key(String kind, String value) {
    return value == null ? null : kind + value;
  }

  private static Optional<String> one(Connection c, String query, Object... args)
      throws SQLException {
    try (PreparedStatement s = Sql.prepare(c, query, args);
        ResultSet r = s.executeQuery()) {
      return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
    }
  }
}
