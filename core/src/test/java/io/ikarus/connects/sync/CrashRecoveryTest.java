package io.ikarus.connects.sync;

import static io.ikarus.connects.sync.SyncFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.FaultHook;
import io.ikarus.connects.memory.InMemoryConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crash before and after every state change of a run, and right after every connector write, then
 * a rerun: the two sides must end exactly as after a run without a crash, with no duplicate.
 */
class CrashRecoveryTest {

  /** The shape of both sides after a clean run of the same scenario. */
  private static final Result EXPECTED = expected();

  record Result(List<String> source, List<String> target) {}

  /**
   * An empty store of the kind under test; subclasses in other modules test their own store. The
   * expected outcome is always computed with an in-memory store.
   */
  SyncStateStore newStore() {
    return new InMemorySyncStateStore();
  }

  /** The sides and job settings under test; subclasses run in small windows. */
  SyncFixture newFixture() {
    return new SyncFixture();
  }

  private SyncFixture scenario() {
    return scenario(newFixture(), newStore());
  }

  /** A synced pair of sides, then creates, updates and deletes on both. */
  private static SyncFixture scenario(SyncFixture f, SyncStateStore store) {
    f.store = store;
    String ada = f.createA("ada@example.com", "Ada");
    String bob = f.createA("bob@example.com", "Bob");
    f.createA("cy@example.com", "Cy");
    f.createB("dee@example.com", "Dee");
    f.run(SyncDirection.BIDIRECTIONAL);
    f.createA("eve@example.com", "Eve");
    f.createB("fay@example.com", "Fay");
    f.a.update("contacts", ada, fields("name", "Ada L")).join();
    f.b
        .update("Contact", f.bByEmail("dee@example.com").orElseThrow().id(), fields("Phone", "42"))
        .join();
    f.a.delete("contacts", bob).join();
    f.b.delete("Contact", f.bByEmail("cy@example.com").orElseThrow().id()).join();
    return f;
  }

  private static SyncJob job(SyncFixture f, SyncStateStore store, boolean matchOn) {
    SyncJob.Builder b = f.job(SyncDirection.BIDIRECTIONAL).stateStore(store);
    if (!matchOn) {
      b.matchOn("no_such_field", "NoSuchField");
    }
    return b.build();
  }

  private static Result expected() {
    SyncFixture f = scenario(new SyncFixture(), new InMemorySyncStateStore());
    f.run(SyncDirection.BIDIRECTIONAL);
    return result(f);
  }

  private static Result result(SyncFixture f) {
    return new Result(
        describe(f.as(), "email", "name", "phone"), describe(f.bs(), "Email", "Name", "Phone"));
  }

  private static List<String> describe(List<CrmRecord> records, String... fields) {
    List<String> out = new ArrayList<>();
    for (CrmRecord r : records) {
      StringBuilder s = new StringBuilder();
      for (String field : fields) {
        s.append(r.field(field)).append('|');
      }
      out.add(s.toString());
    }
    return out.stream().sorted().toList();
  }

  private static void assertConverged(SyncFixture f, SyncStateStore store, boolean matchOn) {
    SyncReport rerun = job(f, store, matchOn).run().join();
    assertThat(rerun.failures()).isEmpty();
    assertThat(result(f)).isEqualTo(EXPECTED);
    f.a.clearJournal();
    f.b.clearJournal();
    assertThat(job(f, store, matchOn).run().join().isQuiet()).isTrue();
    assertThat(f.a.writes()).isEmpty();
    assertThat(f.b.writes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void crashAroundEveryStateChangeThenRerunConverges(boolean matchOn) {
    int crashes = 0;
    for (int k = 1; ; k++) {
      boolean crashedSomewhere = false;
      for (boolean after : new boolean[] {false, true}) {
        SyncFixture f = scenario();
        SyncStateStore store = f.store;
        SyncJob crashing = job(f, new CrashingStateStore(store, k, after), matchOn);
        try {
          crashing.run().join();
        } catch (CompletionException e) {
          assertThat(e.getCause()).isInstanceOf(CrashingStateStore.Crash.class);
          crashedSomewhere = true;
          crashes++;
        }
        assertConverged(f, store, matchOn);
      }
      if (!crashedSomewhere) {
        break;
      }
    }
    assertThat(crashes).as("state changes crashed around").isGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"createAll", "updateAll", "deleteAll"})
  void crashRightAfterATargetOrSourceWriteThenRerunConverges(String operation) {
    for (boolean onTarget : new boolean[] {true, false}) {
      for (boolean matchOn : new boolean[] {true, false}) {
        SyncFixture f = scenario();
        InMemoryConnector side = onTarget ? f.b : f.a;
        side.faults(crashAfter(operation));
        assertThatThrownBy(() -> job(f, f.store, matchOn).run().join())
            .hasCauseInstanceOf(CrashingStateStore.Crash.class);
        side.faults(FaultHook.NONE);
        assertConverged(f, f.store, matchOn);
      }
    }
  }

  @Test
  void lostWriteResponsesAreRepairedWithoutDuplicates() {
    SyncFixture f = scenario();
    f.b.faults(FaultHook.loseResponseOfNthCall("createAll", 1));
    f.a.faults(FaultHook.loseResponseOfNthCall("createAll", 1));
    SyncReport first = f.run(SyncDirection.BIDIRECTIONAL);
    assertThat(first.failures()).extracting(SyncFailure::operation).contains("create");
    f.a.faults(FaultHook.NONE);
    f.b.faults(FaultHook.NONE);
    assertConverged(f, f.store, false);
  }

  private static FaultHook crashAfter(String operation) {
    return new FaultHook() {
      @Override
      public CrmException afterCall(Call call) {
        if (call.operation().equals(operation)) {
          throw new CrashingStateStore.Crash("after " + operation);
        }
        return null;
      }
    };
  }
}
