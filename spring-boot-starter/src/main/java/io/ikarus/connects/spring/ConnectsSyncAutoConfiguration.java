package io.ikarus.connects.spring;

import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncScheduler;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Runs the application's {@link SyncJob} beans on a {@link SyncScheduler}, when {@code
 * connects-jdbc} is on the class path and there is one {@link DataSource}: the jobs keep their
 * state and locks in the database, so several instances of the application can share the work.
 * Every job runs every {@code ikarus.connects.sync.interval} (a duration, default {@code 1m});
 * {@code ikarus.connects.sync.<job name>.interval} overrides it for one job. The scheduler stops
 * with the context, waiting for runs in progress. An application that declares its own {@link
 * SyncScheduler} bean schedules its jobs itself.
 */
@AutoConfiguration(after = ConnectsJdbcAutoConfiguration.class)
@ConditionalOnClass(JdbcSyncStateStore.class)
@ConditionalOnSingleCandidate(DataSource.class)
public class ConnectsSyncAutoConfiguration {

  /** The interval when none is configured. */
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

  /** The name of the scheduler bean this configuration declares. */
  static final String SCHEDULER = "ikarusConnectsSyncScheduler";

  /** Creates the configuration; used by Spring. */
  public ConnectsSyncAutoConfiguration() {}

  /**
   * The scheduler; closed with the context.
   *
   * @return the scheduler
   */
  @Bean(name = SCHEDULER, destroyMethod = "close")
  @ConditionalOnMissingBean(SyncScheduler.class)
  public SyncScheduler ikarusConnectsSyncScheduler() {
    return SyncScheduler.builder().build();
  }

  /**
   * Schedules every {@link SyncJob} bean once all singletons exist, on this configuration's
   * scheduler (not on one the application declared).
   *
   * @param beans the bean factory
   * @param jobs the application's sync jobs
   * @param environment for the intervals
   * @return the initializer
   */
  @Bean
  static SmartInitializingSingleton ikarusConnectsSyncJobs(
      BeanFactory beans, ObjectProvider<SyncJob> jobs, Environment environment) {
    return () -> {
      if (beans.containsBean(SCHEDULER)) {
        SyncScheduler scheduler = beans.getBean(SCHEDULER, SyncScheduler.class);
        jobs.orderedStream().forEach(job -> scheduler.schedule(job, interval(environment, job)));
      }
    };
  }

  private static Duration interval(Environment environment, SyncJob job) {
    Binder binder = Binder.get(environment);
    Duration all =
        binder.bind("ikarus.connects.sync.interval", Duration.class).orElse(DEFAULT_INTERVAL);
    return binder
        .bind("ikarus.connects.sync." + job.name() + ".interval", Duration.class)
        .orElse(all);
  }
}
