package io.ikarus.connects.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ObjectStoreTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00.750Z"));
  private final AtomicLong next = new AtomicLong();
  private final IdSource ids =
      new IdSource() {
        @Override
        public String newId(String type) {
          return type + "-" + next.incrementAndGet();
        }

        @Override
        public String generatedId(String type, long index) {
          return type + "-g" + index;
        }
      };

  @Test
  void everyWriteTakesTheNextStoreWideVersionAndReadMapsStaySnapshots() {
    ObjectStore store = new ObjectStore(clock, ids);
    Extent a = store.define("a", Set.of());
    StoredRecord r = a.insert(Map.of("name", "one"));
    Map<String, Object> before = r.fields();

    a.update(r, Map.of("name", "two"));
    StoredRecord s = a.insert("chosen-id", Map.of("name", "x"));
    a.delete(r);

    assertThat(before).containsEntry("name", "one");
    assertThat(r.fields()).containsEntry("name", "two");
    assertThat(s.id()).isEqualTo("chosen-id");
    assertThat(s.version()).isEqualTo(3);
    assertThat(r.version()).isEqualTo(4).isEqualTo(store.version());
    assertThat(r.isDeleted()).isTrue();
  }

  @Test
  void stampsFollowThePrecisionAndRollbackRestoresTheRecordsVersion() {
    ObjectStore seconds = new ObjectStore(clock, ids);
    ObjectStore millis = new ObjectStore(clock, ids, ChronoUnit.MILLIS, false);
    assertThat(seconds.now()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(millis.now()).isEqualTo(Instant.parse("2026-03-01T10:00:00.750Z"));

    Extent a = seconds.define("a", Set.of());
    StoredRecord r = a.insert(Map.of("name", "one"));
    clock.advance(Duration.ofSeconds(2));
    seconds.begin();
    a.update(r, Map.of("name", "two"));
    seconds.rollback();

    assertThat(r.fields()).containsEntry("name", "one");
    assertThat(r.version()).isEqualTo(1);
    assertThat(r.modifiedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
  }
}
