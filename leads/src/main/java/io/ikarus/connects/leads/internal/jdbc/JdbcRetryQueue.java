package io.ikarus.connects.leads.internal.jdbc;

import io.ikarus.connects.leads.store.FailedLead;
import io.ikarus.connects.leads.store.RetryQueue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RetryQueue} on JDBC: one row per failed lead, the lead as JSON. */
public final class JdbcRetryQueue implements RetryQueue {

  private static final String COLUMNS = "lead, reason, attempts, last_attempt_at, next_attempt_at";
  private final Sql sql;
  private final String table;

  /** Creates the queue. */
  public JdbcRetryQueue(Sql sql) {
    this.sql = sql;
    this.table = sql.table("lead_retries");
  }

  @Override
  public void put(FailedLead f) {
    sql.tx(
        "queue failed lead",
        c ->
            Sql.update(
                c,
                "INSERT INTO "
                    + table
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lead_id) DO UPDATE"
                    + " SET lead = EXCLUDED.lead, reason = EXCLUDED.reason,"
                    + " attempts = EXCLUDED.attempts, last_attempt_at = EXCLUDED.last_attempt_at,"
                    + " next_attempt_at = EXCLUDED.next_attempt_at",
                f.leadId(),
                LeadJson.write(f.lead()),
                f.reason(),
                f.attempts(),
                f.lastAttemptAt(),
                f.nextAttemptAt()));
  }

  @Override
  public Optional<FailedLead> find(String leadId) {
    return sql
        .tx(
            "find failed lead",
            c -> list(c, "SELECT " + COLUMNS + " FROM " + table + " WHERE lead_id = ?", leadId))
        .stream()
        .findFirst();
  }

  @Override
  public List<FailedLead> due(Instant now, int limit) {
    return sql.tx(
        "due failed leads",
        c ->
            list(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM "
                    + table
                    + " WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT "
                    + limit,
                now));
  }

  @Override
  public List<FailedLead> all() {
    return sql.tx(
        "failed leads",
        c -> list(c, "SELECT " + COLUMNS + " FROM " + table + " ORDER BY last_attempt_at"));
  }

  @Override
  public void remove(String leadId) {
    sql.tx(
        "remove failed lead",
        c -> Sql.update(c, "DELETE FROM " + table + " WHERE lead_id = ?", leadId));
  }

  private static List<FailedLead> list(Connection c, String query, Object... args)
      throws SQLException {
    List<FailedLead> out = new ArrayList<>();
    try (PreparedStatement s = Sql.prepare(c, query, args);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(
            new FailedLead(
                LeadJson.read(r.getString(1)),
                r.getString(2),
                r.getInt(3),
                Sql.instant(r.getTimestamp(4)),
                Sql.instant(r.getTimestamp(5))));
      }
    }
    return out;
  }
}
