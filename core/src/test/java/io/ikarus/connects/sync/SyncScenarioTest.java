package io.ikarus.connects.sync;

import static io.ikarus.connects.sync.SyncFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.memory.Call;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncScenarioTest {

  private final SyncFixture f = new SyncFixture();

  @Test
  void firstPushLinksMatchingRecordsAndCreatesTheRest() {
    f.createA(" Ada@Example.com ", "Ada");
    f.createA("bob@example.com", "Bob");
    f.createA("cy@example.com", "Cy");
    f.createA("dee@example.com", "Dee");
    String existing = f.createB("ADA@example.com", "Ada");
    f.b.clearJournal();

    SyncReport report = f.run(SyncDirection.PUSH);

    assertThat(report.target().created()).isEqualTo(3);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(f.bs()).hasSize(4);
    assertThat(f.bByEmail("bob@example.com")).isPresent();
    assertThat(f.b.get("Contact", existing).join().field("Email")).isEqualTo("ADA@example.com");
    assertThat(f.b.writes())
        .extracting(Call::operation, Call::records)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("createAll", 3));
  }

  @Test
  void aRunWithNoChangesWritesNothing() {
    f.createA("ada@example.com", "Ada");
    f.createB("bea@example.com", "Bea");
    f.run(SyncDirection.BIDIRECTIONAL);
    f.a.clearJournal();
    f.b.clearJournal();

    SyncReport second = f.run(SyncDirection.BIDIRECTIONAL);
    SyncReport third = f.run(SyncDirection.BIDIRECTIONAL);

    assertThat(second.isQuiet()).isTrue();
    assertThat(third.isQuiet()).isTrue();
    assertThat(f.a.writes()).isEmpty();
    assertThat(f.b.writes()).isEmpty();
    assertThat(f.a.journal()).extracting(Call::operation).containsOnly("changesSince");
  }

  @Test
  void incrementalCreatesUpdatesAndDeletesFlowBothWays() {
    String ada = f.createA("ada@example.com", "Ada");
    String bob = f.createA("bob@example.com", "Bob");
    f.run(SyncDirection.BIDIRECTIONAL);
    String bea = f.createB("bea@example.com", "Bea");
    f.a.update("contacts", ada, fields("name", "Ada Lovelace")).join();
    String bobInB = f.bByEmail("bob@example.com").orElseThrow().id();
    f.b.update("Contact", bobInB, fields("Phone", "555")).join();

    SyncReport r = f.run(SyncDirection.BIDIRECTIONAL);

    assertThat(r.source().created()).isEqualTo(1);
    assertThat(r.target().updated()).isEqualTo(1);
    assertThat(r.source().updated()).isEqualTo(1);
    assertThat(f.bByEmail("ada@example.com").orElseThrow().field("Name")).isEqualTo("Ada Lovelace");
    assertThat(f.a.get("contacts", bob).join().field("phone")).isEqualTo("555");
    assertThat(f.aByEmail("bea@example.com")).isPresent();

    f.a.delete("contacts", ada).join();
    f.b.delete("Contact", bea).join();
    SyncReport deletes = f.run(SyncDirection.BIDIRECTIONAL);
    assertThat(deletes.deleted()).isEqualTo(2);
    assertThat(f.bByEmail("ada@example.com")).isEmpty();
    assertThat(f.aByEmail("bea@example.com")).isEmpty();
    assertThat(f.as()).hasSize(1);
    assertThat(f.bs()).hasSize(1);
  }

  @Test
  void writtenChangesDoNotEchoBack() {
    f.createA("ada@example.com", "Ada");
    f.run(SyncDirection.BIDIRECTIONAL);
    String ada = f.as().get(0).id();
    f.a.update("contacts", ada, fields("name", "Ada 2")).join();
    f.run(SyncDirection.BIDIRECTIONAL);
    f.a.clearJournal();

    SyncReport next = f.run(SyncDirection.BIDIRECTIONAL);

    assertThat(next.isQuiet()).isTrue();
    assertThat(f.a.writes()).isEmpty();
  }

  @Test
  void normalisedTargetEditsAreNotRewritten() {
    f.createA("ada@example.com", "Ada");
    f.run(SyncDirection.BIDIRECTIONAL);
    String inB = f.bs().get(0).id();
    f.b.update("Contact", inB, fields("Email", "  ADA@EXAMPLE.COM")).join();

    SyncReport r = f.run(SyncDirection.BIDIRECTIONAL);

    assertThat(r.isQuiet()).isTrue();
  }

  @Test
  void deletionPoliciesIgnoreAndArchive() {
    String ada = f.createA("ada@example.com", "Ada");
    String bob = f.createA("bob@example.com", "Bob");
    f.run(SyncDirection.PUSH);
    f.a.delete("contacts", ada).join();
    SyncReport ignored =
        f.job(SyncDirection.PUSH).deletionPolicy(DeletionPolicy.ignore()).build().run().join();
    assertThat(ignored.deleted()).isZero();
    assertThat(f.bs()).hasSize(2);

    f.a.delete("contacts", bob).join();
    SyncReport archived =
        f.job(SyncDirection.PUSH)
            .deletionPolicy(DeletionPolicy.archive(null, "Archived"))
            .build()
            .run()
            .join();
    assertThat(archived.target().updated()).isEqualTo(1);
    assertThat(f.bByEmail("bob@example.com").orElseThrow().field("Archived")).isEqualTo(true);
  }

  @Test
  void pushNeverWritesTheSourceAndPullNeverWritesTheTarget() {
    f.createA("ada@example.com", "Ada");
    f.createB("bea@example.com", "Bea");
    f.a.clearJournal();
    f.run(SyncDirection.PUSH);
    assertThat(f.a.writes()).isEmpty();
    assertThat(f.as()).hasSize(1);
    f.b.clearJournal();
    f.job(SyncDirection.PULL).name("pull").build().run().join();
    assertThat(f.b.writes()).isEmpty();
    assertThat(f.aByEmail("bea@example.com")).isPresent();
  }

  @Test
  void dryRunReportsButWritesNothing() {
    f.createA("ada@example.com", "Ada");
    SyncReport dry = f.job(SyncDirection.PUSH).dryRun(true).build().run().join();
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.target().created()).isEqualTo(1);
    assertThat(f.bs()).isEmpty();
    assertThat(f.store.checkpoint("test", SyncSide.SOURCE)).isEmpty();
    assertThat(f.run(SyncDirection.PUSH).target().created()).isEqualTo(1);
  }

  @Test
  void partialBatchFailureIsReportedAndRetriedNextRun() {
    for (int i = 0; i < 7; i++) {
      f.createA("p" + i + "@example.com", "P" + i);
    }
    f.b.faults(
        io.ikarus.connects.memory.FaultHook.failRecordsWhere(m -> "P4".equals(m.get("Name"))));
    SyncReport first = f.run(SyncDirection.PUSH);

    assertThat(first.target().created()).isEqualTo(6);
    assertThat(first.failed()).isEqualTo(1);
    SyncFailure failure = first.failures().get(0);
    assertThat(failure.side()).isEqualTo(SyncSide.SOURCE);
    assertThat(failure.recordId()).isEqualTo(f.aByEmail("p4@example.com").orElseThrow().id());
    assertThat(failure.operation()).isEqualTo("create");
    assertThat(failure.reason()).contains("injected");

    f.b.faults(io.ikarus.connects.memory.FaultHook.NONE);
    SyncReport second = f.run(SyncDirection.PUSH);
    assertThat(second.target().created()).isEqualTo(1);
    assertThat(second.failures()).isEmpty();
    assertThat(f.bs()).hasSize(7);
    assertThat(f.run(SyncDirection.PUSH).isQuiet()).isTrue();
  }

  @Test
  void mappingFailuresNameRecordFieldAndReason() {
    f.a.create("contacts", fields("email", "not-an-email", "name", "X")).join();
    SyncReport r = f.run(SyncDirection.PUSH);
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.operation()).isEqualTo("map");
              assertThat(x.field()).isEqualTo("Email");
              assertThat(x.reason()).contains("not an email address");
            });
    assertThat(f.bs()).isEmpty();
  }

  @Test
  void listenerSeesProgress() {
    for (int i = 0; i < 5; i++) {
      f.createA("p" + i + "@example.com", "P" + i);
    }
    List<String> events = new ArrayList<>();
    f.job(SyncDirection.PUSH)
        .listener(
            new SyncListener() {
              @Override
              public void onChangesRead(SyncSide side, int upserts, int deletions) {
                events.add("read " + side + " " + upserts);
              }

              @Override
              public void onProgress(int done, int total) {
                events.add(done + "/" + total);
              }

              @Override
              public void onFinish(SyncReport report) {
                events.add("finish " + report.created());
              }
            })
        .build()
        .run()
        .join();
    assertThat(events).containsExactly("read SOURCE 5", "read TARGET 0", "5/5", "finish 5");
  }

  @Test
  void bidirectionalNeedsAReversibleMapping() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                f.job(SyncDirection.BIDIRECTIONAL)
                    .mapping(
                        io.ikarus.connects.mapping.FieldMapping.builder()
                            .map("Last", "name", io.ikarus.connects.mapping.Transforms.lastName())
                            .build())
                    .build())
        .isInstanceOf(io.ikarus.connects.mapping.MappingException.class)
        .hasMessageContaining("BIDIRECTIONAL sync writes to the source")
        .hasMessageContaining("last_name is not invertible");
  }
}
