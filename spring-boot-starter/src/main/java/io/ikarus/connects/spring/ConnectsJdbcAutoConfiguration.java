package io.ikarus.connects.spring;

import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.sync.SyncStateStore;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Keeps sync state in the application's database: a {@link JdbcSyncStateStore} on its {@link
 * DataSource}, when {@code connects-jdbc} is on the class path, there is one data source, and the
 * application declares no {@link SyncStateStore} of its own. {@code
 * ikarus.connects.jdbc.table-prefix} sets the tables' prefix.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnClass(JdbcSyncStateStore.class)
@ConditionalOnSingleCandidate(DataSource.class)
public class ConnectsJdbcAutoConfiguration {

  /** Creates the configuration; used by Spring. */
  public ConnectsJdbcAutoConfiguration() {}

  /**
   * The state store; it creates or migrates its tables when built.
   *
   * @param dataSource the application's data source
   * @param environment for {@code ikarus.connects.jdbc.table-prefix}
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean(SyncStateStore.class)
  public SyncStateStore ikarusConnectsStateStore(DataSource dataSource, Environment environment) {
    JdbcSyncStateStore.Builder builder = JdbcSyncStateStore.builder(dataSource);
    String prefix = environment.getProperty("ikarus.connects.jdbc.table-prefix");
    if (prefix != null) {
      builder.tablePrefix(prefix);
    }
    return builder.build();
  }
}
