package io.ikarus.connects.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between databases for this module: the unbounded text type in the schema, whether
 * PostgreSQL's advisory locks are available, and whether ids travel as one array parameter ({@code
 * = ANY(?)}, {@code unnest(?)}) instead of portable {@code IN (?, ...)} lists and row batches.
 *
 * @param product the database product name the driver reports
 * @param textType the column type for unbounded text
 * @param advisoryLocks true on PostgreSQL
 * @param arrays true on PostgreSQL: array parameters, {@code unnest} inserts and {@code ANALYZE}
 */
public record Dialect(String product, String textType, boolean advisoryLocks, boolean arrays) {

  /** The dialect of the database {@code c} is connected to. */
  public static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("postgresql")) {
      return new Dialect(product, "TEXT", true, true);
    }
    if (p.contains("mysql") || p.contains("mariadb")) {
      return new Dialect(product, "LONGTEXT", false, false);
    }
    if (p.contains("sql server")) {
      return new Dialect(product, "NVARCHAR(MAX)", false, false);
    }
    return new Dialect(product, "CLOB", false, false);
  }
}
