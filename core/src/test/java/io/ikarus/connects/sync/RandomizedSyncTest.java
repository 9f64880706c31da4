package io.ikarus.connects.sync;

import static io.ikarus.connects.sync.SyncFixture.MAPPING;
import static io.ikarus.connects.sync.SyncFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.memory.FaultHook;
import io.ikarus.connects.memory.InMemoryConnector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random creates, updates and deletes on both sides, 200 rounds per seed, a bidirectional sync with
 * field merge after each round, sometimes with injected record failures. After each round: both
 * sides hold the same entities with the same mapped values, no entity twice, every edit made on one
 * side only has arrived, a field edited on both sides holds the source's value, deletions won; and
 * a run without changes writes nothing.
 */
class RandomizedSyncTest {

  private static final int ROUNDS = 200;

  private SyncFixture f;
  private Random rnd;
  private int nextEmail;
  private Map<String, Map<String, Map<SyncSide, Object>>> edits;
  private Set<String> deleted;

  /** An empty store of the kind under test; subclasses in other modules test their own store. */
  SyncStateStore newStore() {
    return new InMemorySyncStateStore();
  }

  /** The sides and job settings under test; subclasses run in small windows. */
  SyncFixture newFixture() {
    return new SyncFixture();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1234, 99991})
  void bothSidesConvergeWithoutDuplicatesOrLostUpdates(long seed) {
    f = newFixture();
    f.store = newStore();
    rnd = new Random(seed);
    SyncJob job =
        f.job(SyncDirection.BIDIRECTIONAL)
            .conflictStrategy(ConflictStrategies.fieldMerge())
            .build();
    for (int round = 0; round < ROUNDS; round++) {
      edits = new HashMap<>();
      deleted = new HashSet<>();
      Set<String> atStart = emails(f.as(), "email");
      atStart.retainAll(emails(f.bs(), "Email"));
      editSide(SyncSide.SOURCE, atStart);
      editSide(SyncSide.TARGET, atStart);
      if (rnd.nextInt(10) == 0) {
        String both = "m" + nextEmail++ + "@example.com";
        f.createA(both, "A" + rnd.nextInt(100));
        f.createB(both, "B" + rnd.nextInt(100));
      }
      if (round % 7 == 3) {
        f.b.faults(FaultHook.failRecordsWhere(m -> String.valueOf(m.get("Name")).endsWith("7")));
        job.run().join();
        f.b.faults(FaultHook.NONE);
      }
      job.run().join();
      assertConverged("seed " + seed + " round " + round);
      if (round % 10 == 9) {
        assertQuiet(job);
      }
    }
  }

  private void editSide(SyncSide side, Set<String> atStart) {
    InMemoryConnector crm = side == SyncSide.SOURCE ? f.a : f.b;
    String object = side == SyncSide.SOURCE ? "contacts" : "Contact";
    for (int op = rnd.nextInt(4); op > 0; op--) {
      List<CrmRecord> records = crm.records(object);
      int p = rnd.nextInt(10);
      if (p < 3 || records.isEmpty()) {
        String email = "u" + nextEmail++ + "@example.com";
        crm.create(object, raw(side, "email", email, "name", name(side), "phone", phone(side)))
            .join();
      } else {
        CrmRecord r = records.get(rnd.nextInt(records.size()));
        String email = String.valueOf(r.field(side == SyncSide.SOURCE ? "email" : "Email"));
        if (p < 8) {
          boolean name = rnd.nextBoolean();
          Object value = name ? name(side) : phone(side);
          crm.update(object, r.id(), raw(side, name ? "name" : "phone", value)).join();
          String target = name ? "Name" : "Phone";
          edits
              .computeIfAbsent(email, e -> new HashMap<>())
              .computeIfAbsent(target, t -> new HashMap<>())
              .put(side, canonical(target, value));
        } else if (atStart.contains(email)) {
          crm.delete(object, r.id()).join();
          deleted.add(email);
        }
      }
    }
  }

  private Map<String, Object> raw(SyncSide side, Object... kv) {
    Map<String, Object> m = fields(kv);
    if (side == SyncSide.SOURCE) {
      return m;
    }
    Map<String, Object> out = new HashMap<>();
    m.forEach((k, v) -> out.put(Character.toUpperCase(k.charAt(0)) + k.substring(1), v));
    return out;
  }

  private String name(SyncSide side) {
    String n = "N" + rnd.nextInt(1000);
    return side == SyncSide.TARGET && rnd.nextBoolean() ? "  " + n + " " : n;
  }

  private String phone(SyncSide side) {
    String digits = String.valueOf(1_000_000 + rnd.nextInt(8_999_999));
    return side == SyncSide.TARGET && rnd.nextBoolean()
        ? digits.substring(0, 3) + "-" + digits.substring(3)
        : digits;
  }

  private static Object canonical(String target, Object value) {
    return MAPPING
        .apply(fields(target.toLowerCase(java.util.Locale.ROOT), value, "email", "x@y.z"))
        .get(target);
  }

  private void assertConverged(String where) {
    Map<String, Map<String, Object>> a = byEmail(f.as(), SyncSide.SOURCE, where);
    Map<String, Map<String, Object>> b = byEmail(f.bs(), SyncSide.TARGET, where);
    assertThat(b).as(where).isEqualTo(a);
    for (String email : deleted) {
      assertThat(a).as(where + " deleted " + email).doesNotContainKey(email);
    }
    edits.forEach(
        (email, fieldsEdited) -> {
          if (deleted.contains(email)) {
            return;
          }
          fieldsEdited.forEach(
              (field, bySide) -> {
                Object want =
                    bySide.containsKey(SyncSide.SOURCE)
                        ? bySide.get(SyncSide.SOURCE)
                        : bySide.get(SyncSide.TARGET);
                assertThat(a.get(email))
                    .as(where + " " + email + " " + field)
                    .containsEntry(field, want);
              });
        });
  }

  private static Map<String, Map<String, Object>> byEmail(
      List<CrmRecord> records, SyncSide side, String where) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (CrmRecord r : records) {
      Map<String, Object> values =
          side == SyncSide.SOURCE ? MAPPING.apply(r) : MAPPING.apply(MAPPING.reverse().apply(r));
      Object previous = out.put((String) values.get("Email"), values);
      assertThat(previous)
          .as(where + ": duplicate of " + values.get("Email") + " on " + side)
          .isNull();
    }
    return out;
  }

  private void assertQuiet(SyncJob job) {
    f.a.clearJournal();
    f.b.clearJournal();
    SyncReport again = job.run().join();
    assertThat(again.isQuiet()).isTrue();
    assertThat(f.a.writes()).isEmpty();
    assertThat(f.b.writes()).isEmpty();
  }

  private static Set<String> emails(List<CrmRecord> records, String field) {
    Set<String> out = new HashSet<>();
    new ArrayList<>(records).forEach(r -> out.add(String.valueOf(r.field(field))));
    return out;
  }
}
