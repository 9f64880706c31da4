package io.ikarus.connects.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

  /** Does the work; the caller commits or rolls back. */
  T run(Connection connection) throws SQLException;
}
