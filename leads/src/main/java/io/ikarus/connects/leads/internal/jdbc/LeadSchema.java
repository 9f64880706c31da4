package io.ikarus.connects.leads.internal.jdbc;

import java.sql.Statement;

/** Creates the lead stores' tables when missing (PostgreSQL). */
public final class LeadSchema {

  private LeadSchema() {}

  /** Creates the tables. */
  public static void create(Sql sql) {
    sql.tx(
        "create schema",
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + sql.table("lead_keys")
                    + " (scope TEXT NOT NULL, event_key TEXT NOT NULL, lead_id TEXT NOT NULL,"
                    + " claimed_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (scope, event_key))");
            s.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + sql.table("lead_contacts")
                    + " (contact TEXT PRIMARY KEY, lead_id TEXT NOT NULL, seen_at TIMESTAMPTZ NOT NULL)");
            s.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + sql.table("lead_payloads")
                    + " (id TEXT PRIMARY KEY, connector_id TEXT NOT NULL,"
                    + " received_at TIMESTAMPTZ NOT NULL, body BYTEA NOT NULL)");
            s.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + sql.table("lead_retries")
                    + " (lead_id TEXT PRIMARY KEY, lead TEXT NOT NULL, reason TEXT NOT NULL,"
                    + " attempts INT NOT NULL, last_attempt_at TIMESTAMPTZ NOT NULL,"
                    + " next_attempt_at TIMESTAMPTZ)");
            s.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + sql.table("lead_checkpoints")
                    + " (connector_id TEXT PRIMARY KEY, checkpoint TEXT NOT NULL)");
          }
          return null;
        });
  }
}
