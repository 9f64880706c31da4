package io.ikarus.connects.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Op;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryConnectorQueryTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final InMemoryConnector crm =
      InMemoryConnector.builder().clock(clock).maxPageSize(4).build();

  @BeforeEach
  void seed() {
    for (int i = 1; i <= 10; i++) {
      Map<String, Object> f = new HashMap<>();
      f.put("Name", "name" + i);
      f.put("Score", i);
      f.put("Tier", i % 2 == 0 ? "even" : "odd");
      f.put("Note", i == 3 ? null : "note " + i);
      crm.create("Lead", f).join();
      clock.advance(Duration.ofMinutes(1));
    }
  }

  private List<String> names(Query q) {
    List<String> out = new ArrayList<>();
    Page page = crm.query(q).join();
    while (true) {
      page.records().forEach(r -> out.add((String) r.field("Name")));
      if (!page.hasNext()) {
        return out;
      }
      page = page.next().join();
    }
  }

  @Test
  void everyOperatorFilters() {
    Query q = Query.of("Lead");
    assertThat(names(q.where("Score", Op.EQ, new BigDecimal("2.0")))).containsExactly("name2");
    assertThat(names(q.where("Tier", Op.NE, "odd"))).hasSize(5);
    assertThat(names(q.where("Score", Op.GT, 8))).containsExactly("name9", "name10");
    assertThat(names(q.where("Score", Op.GTE, 9L))).containsExactly("name9", "name10");
    assertThat(names(q.where("Score", Op.LT, 2))).containsExactly("name1");
    assertThat(names(q.where("Score", Op.LTE, 2.0))).containsExactly("name1", "name2");
    assertThat(names(q.where("Score", Op.IN, List.of(3, 5)))).containsExactly("name3", "name5");
    assertThat(names(q.where("Note", Op.CONTAINS, "NOTE 1"))).containsExactly("name1", "name10");
    assertThat(names(q.where("Note", Op.IS_NULL, true))).containsExactly("name3");
    assertThat(names(q.where("Note", Op.IS_NULL, false))).hasSize(9);
  }

  @Test
  void hostileFilterValueIsJustAValue() {
    assertThat(names(Query.of("Lead").where("Name", Op.EQ, "x' OR '1'='1"))).isEmpty();
  }

  @Test
  void modifiedSinceOrderLimitAndProjection() {
    Query q =
        Query.of("Lead")
            .fields("Name")
            .modifiedSince(Instant.parse("2025-01-01T00:05:00Z"))
            .orderBy("Tier", true)
            .orderBy("Score", false)
            .limit(3);
    List<CrmRecord> records = crm.query(q).join().records();
    assertThat(records)
        .extracting(r -> r.field("Name"))
        .containsExactly("name10", "name8", "name6");
    assertThat(records.get(0).fields()).containsOnlyKeys("Name");
  }

  @Test
  void pagesFollowPageSizeCappedByMaxPageSize() {
    Page first = crm.query(Query.of("Lead").pageSize(3)).join();
    assertThat(first.records()).hasSize(3);
    assertThat(names(Query.of("Lead").pageSize(3))).hasSize(10);
    Page capped = crm.query(Query.of("Lead").pageSize(50)).join();
    assertThat(capped.records()).hasSize(4);
    assertThat(capped.next().join().records()).isEqualTo(capped.next().join().records());
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
