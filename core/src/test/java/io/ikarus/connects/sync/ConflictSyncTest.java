package io.ikarus.connects.sync;

import static io.ikarus.connects.sync.SyncFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Both sides edit one linked pair between runs; each strategy decides. */
class ConflictSyncTest {

  private final SyncFixture f = new SyncFixture();
  private String a;
  private String b;

  private void linkedPairEditedOnBothSides() {
    a = f.createA("ada@example.com", "Ada");
    f.run(SyncDirection.BIDIRECTIONAL);
    b = f.bs().get(0).id();
    f.a.update("contacts", a, fields("name", "From A")).join();
    f.b.update("Contact", b, fields("Name", "From B", "Phone", "555")).join();
  }

  private SyncReport run(ConflictStrategy strategy) {
    return f.job(SyncDirection.BIDIRECTIONAL).conflictStrategy(strategy).build().run().join();
  }

  private Object nameA() {
    return f.a.get("contacts", a).join().field("name");
  }

  private Object nameB() {
    return f.b.get("Contact", b).join().field("Name");
  }

  @Test
  void theListenerIsToldTheResolutionApplied() {
    linkedPairEditedOnBothSides();
    java.util.List<ConflictResolution> told = new java.util.ArrayList<>();
    java.util.List<Boolean> resolvedFlags = new java.util.ArrayList<>();
    SyncListener listener =
        new SyncListener() {
          @Override
          public void onConflict(Conflict conflict, ConflictResolution resolution) {
            told.add(resolution);
            SyncListener.super.onConflict(conflict, resolution);
          }

          @Override
          public void onConflict(Conflict conflict, boolean resolved) {
            resolvedFlags.add(resolved);
          }
        };
    f.job(SyncDirection.BIDIRECTIONAL)
        .conflictStrategy(ConflictStrategies.targetWins())
        .listener(listener)
        .build()
        .run()
        .join();

    assertThat(told)
        .singleElement()
        .satisfies(r -> assertThat(r.values()).containsEntry("Name", "From B"));
    assertThat(resolvedFlags).containsExactly(true);
  }

  @Test
  void sourceWins() {
    linkedPairEditedOnBothSides();
    SyncReport r = run(ConflictStrategies.sourceWins());
    assertThat(r.conflicts()).isEqualTo(1);
    assertThat(nameB()).isEqualTo("From A");
    assertThat(f.b.get("Contact", b).join().field("Phone")).isNull();
    assertThat(run(ConflictStrategies.sourceWins()).isQuiet()).isTrue();
  }

  @Test
  void targetWins() {
    linkedPairEditedOnBothSides();
    run(ConflictStrategies.targetWins());
    assertThat(nameA()).isEqualTo("From B");
    assertThat(f.a.get("contacts", a).join().field("phone")).isEqualTo("555");
    assertThat(run(ConflictStrategies.targetWins()).isQuiet()).isTrue();
  }

  @Test
  void newestWins() {
    linkedPairEditedOnBothSides();
    run(ConflictStrategies.newestWins(Duration.ZERO));
    assertThat(nameA()).isEqualTo("From B");
    assertThat(nameB()).isEqualTo("From B");
  }

  @Test
  void fieldMergeKeepsBothSidesChanges() {
    linkedPairEditedOnBothSides();
    run(ConflictStrategies.fieldMerge());
    assertThat(nameA()).isEqualTo("From A");
    assertThat(nameB()).isEqualTo("From A");
    assertThat(f.a.get("contacts", a).join().field("phone")).isEqualTo("555");
    assertThat(f.b.get("Contact", b).join().field("Phone")).isEqualTo("555");
  }

  @Test
  void manualIsReportedUntilSomeoneMakesTheSidesAgree() {
    linkedPairEditedOnBothSides();
    f.a.clearJournal();
    f.b.clearJournal();
    SyncReport first = run(ConflictStrategies.manual());
    assertThat(first.unresolved())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.fields()).containsExactly("Name");
              assertThat(c.base()).containsEntry("Name", "Ada");
              assertThat(c.source().id()).isEqualTo(a);
              assertThat(c.target().id()).isEqualTo(b);
            });
    assertThat(f.a.writes()).isEmpty();
    assertThat(f.b.writes()).isEmpty();
    assertThat(run(ConflictStrategies.manual()).unresolved()).hasSize(1);

    f.a.update("contacts", a, fields("name", "From B", "phone", "555")).join();
    SyncReport resolved = run(ConflictStrategies.manual());
    assertThat(resolved.unresolved()).isEmpty();
    assertThat(run(ConflictStrategies.manual()).isQuiet()).isTrue();
  }

  @Test
  void customStrategy() {
    linkedPairEditedOnBothSides();
    run(c -> ConflictResolution.use(fields("Email", "ada@example.com", "Name", "Custom")));
    assertThat(nameA()).isEqualTo("Custom");
    assertThat(nameB()).isEqualTo("Custom");
  }

  @Test
  void firstRunMatchThatDiffersIsAConflictWithoutBase() {
    f.createA("ada@example.com", "Ada A");
    f.createB("ada@example.com", "Ada B");
    SyncReport r =
        f.job(SyncDirection.BIDIRECTIONAL)
            .conflictStrategy(ConflictStrategies.manual())
            .build()
            .run()
            .join();
    assertThat(r.unresolved()).singleElement().satisfies(c -> assertThat(c.base()).isNull());
    assertThat(f.bs()).hasSize(1);
    assertThat(f.as()).hasSize(1);
  }
}
