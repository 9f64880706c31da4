package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.testkit.FakeMonday;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cursor paging, including a cursor that expires between pages. */
class MondayPagingTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T10:00:00Z"));
  private final FakeMonday fake = FakeMonday.builder().clock(clock).start();
  private final MondayConnector monday = MondayFixture.connector(fake).build();

  @AfterEach
  void stop() {
    monday.close();
    fake.close();
  }

  private List<String> create(int count) {
    return monday
        .createAll(
            "leads",
            IntStream.range(0, count)
                .mapToObj(i -> Map.<String, Object>of("name", "P" + i, "numbers", i))
                .toList())
        .join()
        .results()
        .stream()
        .map(r -> r.id())
        .toList();
  }

  @Test
  void anExpiredCursorResumesAfterTheLastRecordWithoutLossOrRepeat() {
    List<String> ids = create(120);
    Page page = monday.query(Query.of("leads").pageSize(50)).join();
    List<String> seen = new ArrayList<>(page.records().stream().map(CrmRecord::id).toList());

    clock.advance(Duration.ofMinutes(61));
    while (page.hasNext()) {
      page = page.next().join();
      page.records().forEach(r -> seen.add(r.id()));
    }

    assertThat(seen).containsExactlyElementsOf(ids);
    assertThat(fake.graphQlCalls())
        .anySatisfy(c -> assertThat(c.errorCodes()).contains("CursorExpiredError"));
  }

  @Test
  void anExpiredCursorOfACustomOrderFailsWithATypedError() {
    create(60);
    Page page = monday.query(Query.of("leads").orderBy("numbers", false).pageSize(50)).join();
    clock.advance(Duration.ofMinutes(60));

    assertThatThrownBy(() -> page.next().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(MondayCursorExpiredException.class)
        .hasMessageContaining("CursorExpiredError");
  }

  @Test
  void aCursorWithinItsLifetimeKeepsWorking() {
    create(60);
    Page page = monday.query(Query.of("leads").pageSize(50)).join();
    clock.advance(Duration.ofMinutes(59));

    assertThat(page.next().join().records()).hasSize(10);
  }

  @Test
  void limitStopsPaging() {
    create(30);
    Page page = monday.query(Query.of("leads").pageSize(20).limit(25)).join();
    List<CrmRecord> all = new ArrayList<>(page.records());
    while (page.hasNext()) {
      page = page.next().join();
      all.addAll(page.records());
    }
    assertThat(all).hasSize(25);
  }
}
