package io.ikarus.connects.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.hubspot.internal.ChangeCursor;
import io.ikarus.connects.hubspot.internal.ChangeFeed;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed against HubSpot's eventually consistent search index (the fake's default lag): a
 * record indexed after a newer one is not lost, and an update the index does not show yet is
 * delivered once it does, never twice.
 */
class HubSpotChangeWindowTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeHubSpot fake = FakeHubSpot.builder().sampleData(false).clock(clock).start();
  private final HubSpotConnector hubspot = FakeSetup.connector(fake).build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void aRecordIndexedAfterANewerOneIsNotLost() {
    String late = create("late@example.com");
    fake.delaySearchIndex("contacts", late, Duration.ofSeconds(10));
    clock.advance(Duration.ofSeconds(1));
    String early = create("early@example.com");
    clock.advance(Duration.ofSeconds(4));
    Changes first = read(Checkpoint.initial());
    assertThat(first.upserts()).extracting(CrmRecord::id).containsExactly(early);

    clock.advance(Duration.ofSeconds(10));
    Changes second = read(first.checkpoint());

    assertThat(second.upserts()).extracting(CrmRecord::id).containsExactly(late);
    assertThat(read(second.checkpoint()).isEmpty()).isTrue();
  }

  @Test
  void anUpdateIsDeliveredOnceTheIndexShowsItAndOnlyOnce() {
    String id = create("ada@example.com");
    clock.advance(Duration.ofSeconds(5));
    Changes first = read(Checkpoint.initial());
    assertThat(first.upserts()).hasSize(1);

    hubspot.update("contacts", id, Map.of("firstname", "Ada")).join();
    Changes notYet = read(first.checkpoint());
    assertThat(notYet.isEmpty()).isTrue();
    clock.advance(Duration.ofSeconds(5));
    Changes shown = read(notYet.checkpoint());

    assertThat(shown.upserts()).extracting(r -> r.field("firstname")).containsExactly("Ada");
    assertThat(read(shown.checkpoint()).isEmpty()).isTrue();
  }

  @Test
  void aRecordIndexedLaterThanTheDefaultLookbackIsFoundWithALongerConfiguredOne() {
    String late = create("late@example.com");
    fake.delaySearchIndex("contacts", late, Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(3));
    String newer = create("newer@example.com");
    clock.advance(Duration.ofSeconds(5));
    Changes first = read(Checkpoint.initial());
    assertThat(first.upserts()).extracting(CrmRecord::id).containsExactly(newer);
    clock.advance(Duration.ofMinutes(10));

    assertThat(read(first.checkpoint()).upserts())
        .as("stamped 3 minutes before the newest record read: behind the default 2-minute lookback")
        .isEmpty();
    try (HubSpotConnector longer =
        FakeSetup.connector(fake).changeLookback(Duration.ofMinutes(10)).build()) {
      Changes second =
          longer.changesSince("contacts", Checkpoint.parse(first.checkpoint().asString())).join();
      assertThat(second.upserts()).extracting(CrmRecord::id).containsExactly(late);
    }
  }

  @Test
  void aScanOfManyPagesRemembersOnlyTheLookbackNotEveryRecordReadSoFar() {
    int records = 450;
    for (int i = 0; i < records; i++) {
      fake.insert("contacts", Map.of("email", "c" + i + "@example.com"));
      clock.advance(Duration.ofMinutes(1));
    }
    clock.advance(Duration.ofMinutes(1));
    Checkpoint at = Checkpoint.initial();
    List<Integer> remembered = new ArrayList<>();
    int read = 0;
    Changes page;
    do {
      page = read(at);
      read += page.upserts().size();
      remembered.add(remembered(page.checkpoint()));
      at = page.checkpoint();
    } while (page.hasMore());

    assertThat(read).isEqualTo(records);
    assertThat(remembered)
        .as("records held in each page's checkpoint: those of the last 2 minutes, one a minute")
        .hasSize(3)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
  }

  private static int remembered(Checkpoint checkpoint) {
    Map<String, Object> window =
        ChangeCursor.parse(checkpoint, ChangeFeed.DEFAULT_LOOKBACK).window().toJson();
    return ((Map<?, ?>) window.get("seen")).size();
  }

  private String create(String email) {
    return hubspot.create("contacts", Map.of("email", email)).join().id();
  }

  private Changes read(Checkpoint from) {
    return hubspot.changesSince("contacts", Checkpoint.parse(from.asString())).join();
  }
}
