package io.ikarus.connects.leads.jdbc;

import io.ikarus.connects.leads.internal.jdbc.JdbcCheckpoints;
import io.ikarus.connects.leads.internal.jdbc.JdbcDedup;
import io.ikarus.connects.leads.internal.jdbc.JdbcPayloads;
import io.ikarus.connects.leads.internal.jdbc.JdbcRetryQueue;
import io.ikarus.connects.leads.internal.jdbc.LeadSchema;
import io.ikarus.connects.leads.internal.jdbc.Sql;
import io.ikarus.connects.leads.store.LeadStores;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The lead pipeline's state on a database (PostgreSQL): dedup keys and contacts, the raw payload
 * audit, the failed/retry queue and pull checkpoints, so that several processes share one state and
 * nothing is lost on restart. Tables are created when missing.
 *
 * <pre>{@code
 * LeadPipeline.builder().stores(JdbcLeadStores.open(dataSource)).sink(sink)...build();
 * }</pre>
 */
public final class JdbcLeadStores {

  private JdbcLeadStores() {}

  /** Stores in tables named {@code lead_*}. */
  public static LeadStores open(DataSource dataSource) {
    return open(dataSource, "");
  }

  /**
   * Stores in tables named {@code <prefix>lead_*}.
   *
   * @throws IllegalArgumentException for a prefix that is not letters, digits and underscores
   */
  public static LeadStores open(DataSource dataSource, String tablePrefix) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (!tablePrefix.matches("[A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("a table prefix is letters, digits and underscores");
    }
    Sql sql = new Sql(dataSource, tablePrefix);
    LeadSchema.create(sql);
    return new LeadStores(
        new JdbcDedup(sql),
        new JdbcPayloads(sql),
        new JdbcRetryQueue(sql),
        new JdbcCheckpoints(sql));
  }
}
