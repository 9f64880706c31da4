package io.ikarus.connects.sync;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.memory.InMemoryConnector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Two in-memory CRMs ("a" with contacts, "b" with Contacts), a mapping, and helpers. */
final class SyncFixture {

  static final FieldMapping MAPPING =
      FieldMapping.builder()
          .map("Email", "email", Transforms.email())
          .map("Name", "name", Transforms.trim())
          .map("Phone", "phone", Transforms.digitsOnly())
          .build();

  final TickingClock clock = new TickingClock();
  final InMemoryConnector a;
  final InMemoryConnector b;
  private final int window;
  SyncStateStore store = new InMemorySyncStateStore();

  /** Sides with the connector's default page, runs with the default window. */
  SyncFixture() {
    this(0, SyncJob.DEFAULT_WINDOW);
  }

  /**
   * Sides whose change feeds answer {@code pageSize} changes a page (0: the default), runs working
   * on {@code window} changes at a time.
   */
  SyncFixture(int pageSize, int window) {
    this.a = side("a", pageSize);
    this.b = side("b", pageSize);
    this.window = window;
  }

  private InMemoryConnector side(String name, int pageSize) {
    InMemoryConnector.Builder builder =
        InMemoryConnector.builder().name(name).idPrefix(name).clock(clock).maxBatchSize(3);
    if (pageSize > 0) {
      builder.maxPageSize(pageSize);
    }
    return builder.build();
  }

  SyncJob.Builder job(SyncDirection direction) {
    return SyncJob.builder()
        .name("test")
        .source(a, "contacts")
        .target(b, "Contact")
        .mapping(MAPPING)
        .direction(direction)
        .matchOn("email", "Email")
        .stateStore(store)
        .window(window)
        .executor(Runnable::run);
  }

  SyncReport run(SyncDirection direction) {
    return job(direction).build().run().join();
  }

  String createA(String email, String name) {
    return a.create("contacts", fields("email", email, "name", name)).join().id();
  }

  String createB(String email, String name) {
    return b.create("Contact", fields("Email", email, "Name", name)).join().id();
  }

  List<CrmRecord> as() {
    return a.records("contacts");
  }

  List<CrmRecord> bs() {
    return b.records("Contact");
  }

  Optional<CrmRecord> bByEmail(String email) {
    return bs().stream().filter(r -> email.equals(r.field("Email"))).findFirst();
  }

  Optional<CrmRecord> aByEmail(String email) {
    return as().stream().filter(r -> email.equalsIgnoreCase((String) r.field("email"))).findFirst();
  }

  static Map<String, Object> fields(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** A clock that moves one second each time it is read, so every write has its own time. */
  static final class TickingClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plus(Duration.ofSeconds(1));
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
