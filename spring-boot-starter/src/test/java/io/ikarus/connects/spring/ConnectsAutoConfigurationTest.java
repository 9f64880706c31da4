package io.ikarus.connects.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ConfigurationException;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.memory.InMemoryConnector;
import io.ikarus.connects.micrometer.ConnectsMetrics;
import io.ikarus.connects.sync.InMemorySyncStateStore;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncScheduler;
import io.ikarus.connects.sync.SyncStateStore;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ConnectsAutoConfigurationTest {

  private static FakeHubSpot hubspot;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ConnectsMetricsAutoConfiguration.class,
                  ConnectsAutoConfiguration.class,
                  ConnectsJdbcAutoConfiguration.class,
                  ConnectsSyncAutoConfiguration.class,
                  ConnectsHealthAutoConfiguration.class));

  @BeforeAll
  static void startFake() {
    hubspot = FakeHubSpot.builder().sampleData(false).start();
  }

  @AfterAll
  static void stopFake() {
    hubspot.close();
  }

  @Test
  void aConnectorDeclaredInPropertiesIsABeanNamedAfterItThatReachesItsCrm() {
    runner
        .withPropertyValues(hubspotProperties("crm"))
        .run(
            context -> {
              CrmConnector crm = context.getBean("crm", CrmConnector.class);
              CrmRecord created = crm.create("contacts", Map.of("email", "ada@example.com")).join();

              assertThat(crm.get("contacts", created.id()).join().fields())
                  .containsEntry("email", "ada@example.com");
            });
  }

  @Test
  void aMisspelledPropertyFailsTheStartNamingThePropertyAndTheClosestValidOne() {
    runner
        .withPropertyValues(hubspotProperties("crm"))
        .withPropertyValues("ikarus.connects.crm.options.timout-ms=5000")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("ikarus.connects.crm.options.timout-ms")
                    .hasMessageContaining("did you mean 'options.timeout_ms'?"));
  }

  @Test
  void connectorRequestsAreMeteredInTheApplicationsRegistry() {
    runner
        .withPropertyValues(hubspotProperties("crm"))
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              context
                  .getBean("crm", CrmConnector.class)
                  .create("contacts", Map.of("email", "grace@example.com"))
                  .join();

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(
                      registry
                          .get(ConnectsMetrics.REQUESTS)
                          .tags("connector", "hubspot", "status", "2xx")
                          .timer()
                          .count())
                  .isPositive();
            });
  }

  @Test
  void withAnOpenTelemetryBeanConnectorAttemptsAreTraced() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    OpenTelemetrySdk otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();
    runner
        .withConfiguration(AutoConfigurations.of(ConnectsTracingAutoConfiguration.class))
        .withPropertyValues(hubspotProperties("crm"))
        .withBean(OpenTelemetry.class, () -> otel)
        .run(
            context -> {
              CrmConnector crm = context.getBean("crm", CrmConnector.class);
              crm.create("contacts", Map.of("email", "otel@example.com")).join();

              assertThat(exporter.getFinishedSpanItems())
                  .anySatisfy(span -> assertThat(span.getName()).isEqualTo("POST"));
            });
    otel.close();
  }

  @Test
  void eachConnectorHasAHealthIndicator() {
    runner
        .withPropertyValues(hubspotProperties("crm"))
        .run(
            context -> {
              CompositeHealthContributor health =
                  context.getBean(
                      "ikarusConnectsHealthContributor", CompositeHealthContributor.class);
              HealthIndicator crm = (HealthIndicator) health.getContributor("crm");

              assertThat(crm.health().getStatus()).isEqualTo(Status.UP);
              assertThat(crm.health().getDetails()).containsEntry("connector", "hubspot");
            });
  }

  @Test
  void withADataSourceSyncStateLivesInTheDatabaseUnlessTheApplicationDeclaresAStore()
      throws IOException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource dataSource = postgres.getPostgresDatabase();

      runner
          .withBean(DataSource.class, () -> dataSource)
          .withPropertyValues("ikarus.connects.jdbc.table-prefix=app_")
          .run(
              context ->
                  assertThat(context.getBean(SyncStateStore.class))
                      .isInstanceOf(JdbcSyncStateStore.class));
      runner
          .withBean(DataSource.class, () -> dataSource)
          .withBean(SyncStateStore.class, InMemorySyncStateStore::new)
          .run(
              context ->
                  assertThat(context.getBean(SyncStateStore.class))
                      .isInstanceOf(InMemorySyncStateStore.class));
    }
    runner.run(context -> assertThat(context).doesNotHaveBean(SyncStateStore.class));
  }

  @Test
  void withADataSourceTheApplicationsSyncJobsRunOnTheScheduler() throws IOException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource dataSource = postgres.getPostgresDatabase();

      runner
          .withBean(DataSource.class, () -> dataSource)
          .withBean("contactsJob", SyncJob.class, () -> syncJob("contacts"))
          .withBean("leadsJob", SyncJob.class, () -> syncJob("leads-to-crm"))
          .withPropertyValues(
              "ikarus.connects.sync.interval=2h", "ikarus.connects.sync.leads-to-crm.interval=5m")
          .run(
              context -> {
                SyncScheduler scheduler = context.getBean(SyncScheduler.class);
                assertThat(scheduler.status("contacts").orElseThrow().interval())
                    .isEqualTo(Duration.ofHours(2));
                assertThat(scheduler.status("leads-to-crm").orElseThrow().interval())
                    .isEqualTo(Duration.ofMinutes(5));
              });
      SyncScheduler own = SyncScheduler.builder().build();
      runner
          .withBean(DataSource.class, () -> dataSource)
          .withBean("contactsJob", SyncJob.class, () -> syncJob("contacts"))
          .withBean(SyncScheduler.class, () -> own)
          .run(
              context -> {
                assertThat(context.getBean(SyncScheduler.class)).isSameAs(own);
                assertThat(own.statuses()).isEmpty();
              });
      own.close();
    }
    runner.run(context -> assertThat(context).doesNotHaveBean(SyncScheduler.class));
  }

  private static SyncJob syncJob(String name) {
    return SyncJob.builder()
        .name(name)
        .source(InMemoryConnector.builder().name("a").build(), "contacts")
        .target(InMemoryConnector.builder().name("b").build(), "Contact")
        .mapping(FieldMapping.builder().map("Email", "email", Transforms.email()).build())
        .matchOn("email", "Email")
        .stateStore(new InMemorySyncStateStore())
        .build();
  }

  private static String[] hubspotProperties(String name) {
    String prefix = "ikarus.connects." + name + ".";
    return new String[] {
      prefix + "crm-type=hubspot",
      prefix + "auth-config.api-token=" + hubspot.privateAppToken(),
      prefix + "options.base-url=" + hubspot.url()
    };
  }
}
