package io.ikarus.connects.leads.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.leads.CustomWebhookSource;
import io.ikarus.connects.leads.LeadPipeline;
import io.ikarus.connects.leads.LeadSink;
import io.ikarus.connects.leads.LeadStoresContract;
import io.ikarus.connects.leads.WebhookRequest;
import io.ikarus.connects.leads.store.LeadStores;
import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The lead stores on a real (embedded) PostgreSQL, as the JDBC state module is tested. */
class JdbcLeadStoresTest extends LeadStoresContract {

  private static final AtomicInteger PREFIX = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  static synchronized DataSource database() {
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    return postgres.getPostgresDatabase();
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // the JVM is exiting; the data directory is temporary
    }
  }

  @Override
  protected LeadStores stores() {
    return JdbcLeadStores.open(database(), "t" + PREFIX.incrementAndGet() + "_");
  }

  @Test
  void twoPipelinesOnOneDatabaseDeliverARedeliveredLeadOnce() {
    String prefix = "shared" + PREFIX.incrementAndGet() + "_";
    List<String> delivered = new CopyOnWriteArrayList<>();
    LeadSink sink =
        lead -> {
          delivered.add(lead.id());
          return CompletableFuture.completedFuture("crm-" + delivered.size());
        };
    List<LeadPipeline> nodes =
        IntStream.range(0, 2)
            .mapToObj(
                i ->
                    LeadPipeline.builder()
                        .sink(sink)
                        .stores(JdbcLeadStores.open(database(), prefix))
                        .source(
                            CustomWebhookSource.builder("site")
                                .extendMapping("{\"externalId\": \"lead_id\"}")
                                .build())
                        .build())
            .toList();
    SignedWebhook w =
        WebhookSender.custom("/leads/site", null, Map.of("lead_id", "L-7", "phone", "9876543210"));
    List<CompletableFuture<Integer>> posts =
        IntStream.range(0, 10)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            nodes
                                .get(i % 2)
                                .webhookHandler()
                                .handle(
                                    WebhookRequest.of(
                                        "POST", w.path(), w.headers(), w.body(), "127.0.0.1"))
                                .join()
                                .status()))
            .toList();
    posts.forEach(p -> assertThat(p.join()).isEqualTo(200));
    assertThat(delivered).hasSize(1);
  }
}
