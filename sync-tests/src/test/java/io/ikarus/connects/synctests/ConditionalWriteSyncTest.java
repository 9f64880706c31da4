package io.ikarus.connects.synctests;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.dynamics.DynamicsConnector;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.sync.InMemorySyncStateStore;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.testkit.FakeDynamics;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's edit made to a record while a sync run is between reading and writing is not
 * overwritten: the run's update is conditional on the version it read, the vendor refuses it, the
 * write is deferred (not a failure), and the next run reads the record again and decides.
 */
class ConditionalWriteSyncTest {

  /** Runs {@code edit} once, after both change feeds were read and before any write. */
  private static SyncListener duringRun(Runnable edit) {
    return new SyncListener() {
      @Override
      public void onChangesRead(SyncSide side, int upserts, int deletions) {
        if (side == SyncSide.TARGET) {
          edit.run();
        }
      }
    };
  }

  private static Object employees(CrmConnector crm, String object, String id, String field) {
    Object v = crm.get(object, id).join().field(field);
    return v == null ? null : new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
  }

  @Test
  void aSalesforceEditDuringTheRunIsNotOverwrittenAndConvergesNextRun() {
    try (VendorPair p = new VendorPair()) {
      String ada = p.sf.insert("Account", Map.of("Name", "Ada", "NumberOfEmployees", 42));
      SyncReport first = p.run(p.job().build());
      assertThat(first.target().created()).isEqualTo(1);
      String company =
          p.hubspot.query(io.ikarus.connects.Query.of("companies")).join().records().get(0).id();
      p.hubspot.update("companies", company, Map.of("numberofemployees", "50")).join();
      List<String> deferred = new ArrayList<>();
      SyncJob during =
          p.job()
              .listener(
                  new SyncListener() {
                    private boolean edited;

                    @Override
                    public void onChangesRead(SyncSide side, int upserts, int deletions) {
                      if (side == SyncSide.TARGET && !edited) {
                        edited = true;
                        p.clock.advance(Duration.ofSeconds(2));
                        p.salesforce.update("Account", ada, Map.of("NumberOfEmployees", 60)).join();
                      }
                    }

                    @Override
                    public void onDeferred(SyncSide side, String id) {
                      deferred.add(side + "/" + id);
                    }
                  })
              .build();

      SyncReport racing = p.run(during);

      assertThat(employees(p.salesforce, "Account", ada, "NumberOfEmployees")).isEqualTo("60");
      assertThat(racing.failures()).isEmpty();
      assertThat(racing.deferred()).isEqualTo(1);
      assertThat(deferred).containsExactly("SOURCE/" + ada);

      SyncReport next = p.run(p.job().build());
      assertThat(next.failures()).isEmpty();
      assertThat(next.conflicts()).isEqualTo(1);
      assertThat(employees(p.salesforce, "Account", ada, "NumberOfEmployees")).isEqualTo("60");
      assertThat(employees(p.hubspot, "companies", company, "numberofemployees")).isEqualTo("60");
      assertThat(p.run(p.job().build()).isQuiet()).isTrue();
    }
  }

  /** Salesforce Accounts to Dataverse accounts, one way. */
  private static final class ToDynamics implements AutoCloseable {
    final VendorPair pair = new VendorPair();
    final FakeDynamics fake = FakeDynamics.builder().sampleData(false).start();
    final DynamicsConnector dynamics =
        DynamicsConnector.builder()
            .resourceUrl(URI.create(fake.url()))
            .tenantId(fake.tenantId())
            .clientSecret(fake.clientId(), fake.clientSecret())
            .options(
                ClientOptions.builder()
                    .authUrl(URI.create(fake.url()))
                    .retry(RetrySettings.builder().baseDelay(Duration.ofMillis(5)).build())
                    .scheduler(pair.waits())
                    .build())
            .build();
    final InMemorySyncStateStore store = new InMemorySyncStateStore();

    SyncJob job(SyncListener listener) {
      return SyncJob.builder()
          .name("to-dynamics")
          .source(pair.salesforce, "Account")
          .target(dynamics, "accounts")
          .mapping(
              FieldMapping.builder()
                  .map("name", "Name")
                  .map("numberofemployees", "NumberOfEmployees")
                  .build())
          .direction(SyncDirection.PUSH)
          .stateStore(store)
          .listener(listener)
          .executor(Runnable::run)
          .build();
    }

    SyncReport run(SyncListener listener) {
      return pair.run(job(listener));
    }

    String onlyRow() {
      return dynamics.query(io.ikarus.connects.Query.of("accounts")).join().records().get(0).id();
    }

    @Override
    public void close() {
      dynamics.close();
      fake.close();
      pair.close();
    }
  }

  @Test
  void aDataverseEditDuringTheRunIsNotOverwritten() {
    try (ToDynamics t = new ToDynamics()) {
      String ada = t.pair.sf.insert("Account", Map.of("Name", "Ada", "NumberOfEmployees", 42));
      t.run(SyncListener.NONE);
      String row = t.onlyRow();
      t.pair.salesforce.update("Account", ada, Map.of("NumberOfEmployees", 43)).join();

      SyncReport racing =
          t.run(
              duringRun(
                  () ->
                      t.dynamics.update("accounts", row, Map.of("numberofemployees", 99)).join()));

      assertThat(employees(t.dynamics, "accounts", row, "numberofemployees")).isEqualTo("99");
      assertThat(racing.failures()).isEmpty();
      assertThat(racing.deferred()).isEqualTo(1);
      SyncReport next = t.run(SyncListener.NONE);
      assertThat(next.failures()).isEmpty();
      assertThat(next.conflicts()).isEqualTo(1);
      assertThat(employees(t.dynamics, "accounts", row, "numberofemployees")).isEqualTo("43");
      assertThat(t.run(SyncListener.NONE).isQuiet()).isTrue();
    }
  }

  @Test
  void aDataverseEditDuringTheRunOfARecordReadThisRunIsRefusedByItsEtag() {
    try (ToDynamics t = new ToDynamics()) {
      String ada = t.pair.sf.insert("Account", Map.of("Name", "Ada", "NumberOfEmployees", 42));
      t.run(SyncListener.NONE);
      String row = t.onlyRow();
      // An unmapped column changes, so the run reads the row (and its etag) from the change feed.
      t.dynamics.update("accounts", row, Map.of("telephone1", "555")).join();
      t.pair.salesforce.update("Account", ada, Map.of("NumberOfEmployees", 43)).join();

      SyncReport racing =
          t.run(
              duringRun(
                  () ->
                      t.dynamics.update("accounts", row, Map.of("numberofemployees", 99)).join()));

      assertThat(employees(t.dynamics, "accounts", row, "numberofemployees")).isEqualTo("99");
      assertThat(racing.failures()).isEmpty();
      assertThat(racing.deferred()).isEqualTo(1);
      assertThat(t.fake.journal().calls("POST", FakeDynamics.API_PATH + "/$batch"))
          .as("the update carried the etag read from the change feed")
          .anyMatch(c -> c.body().contains("If-Match: W/\""));
      SyncReport next = t.run(SyncListener.NONE);
      assertThat(next.conflicts()).isEqualTo(1);
      assertThat(employees(t.dynamics, "accounts", row, "numberofemployees")).isEqualTo("43");
    }
  }
}
