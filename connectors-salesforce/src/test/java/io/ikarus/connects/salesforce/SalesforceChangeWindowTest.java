package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.salesforce.internal.ChangeCursor;
import io.ikarus.connects.salesforce.internal.ChangeFeed;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed at stamp boundaries: Salesforce stamps in whole seconds and long transactions
 * commit rows stamped before rows already read. Nothing is lost and nothing is handed out twice.
 */
class SalesforceChangeWindowTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-01T10:00:00.100Z"));
  private final FakeSalesforce sf = FakeSalesforce.builder().clock(clock).start();
  private final SalesforceConnector crm = Fixtures.connector(sf);

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void anEditInTheSameSecondAsThePreviousReadIsNotLost() {
    String a = sf.insert("Contact", Map.of("LastName", "A"));
    Changes first = read(Checkpoint.initial());
    assertThat(ids(first)).containsExactly(a);

    clock.advance(Duration.ofMillis(300));
    crm.update("Contact", a, Map.of("Title", "same second")).join();
    Changes second = read(first.checkpoint());

    assertThat(second.upserts()).extracting(r -> r.field("Title")).containsExactly("same second");
    assertThat(read(second.checkpoint()).isEmpty()).isTrue();
  }

  @Test
  void aRowCommittedByALongTransactionWithAnOlderStampIsNotLost() {
    String a = sf.insert("Contact", Map.of("LastName", "A"));
    clock.advance(Duration.ofSeconds(30));
    String b = sf.insert("Contact", Map.of("LastName", "B"));
    Changes first = read(Checkpoint.initial());
    assertThat(ids(first)).containsExactly(a, b);

    clock.advance(Duration.ofSeconds(5));
    sf.updateInLongTransaction("Contact", a, Map.of("Title", "late"), Duration.ofSeconds(20));
    Changes second = read(first.checkpoint());

    assertThat(second.upserts()).extracting(r -> r.field("Title")).containsExactly("late");
    assertThat(read(second.checkpoint()).isEmpty()).isTrue();
  }

  @Test
  void rowsReReadInTheLookbackAreNotHandedOutTwiceAndOldOnesAreForgotten() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(sf.insert("Contact", Map.of("LastName", "L" + i)));
      clock.advance(Duration.ofMinutes(2));
    }
    Changes first = read(Checkpoint.initial());
    assertThat(ids(first)).containsExactlyElementsOf(all);
    Changes again = read(first.checkpoint());
    assertThat(again.isEmpty()).isTrue();
    assertThat(again.checkpoint().asString().length())
        .as("the window forgets rows older than the lookback")
        .isLessThan(first.checkpoint().asString().length() + 1);

    crm.delete("Contact", all.get(4)).join();
    Changes deleted = read(again.checkpoint());
    assertThat(deleted.deletedIds()).containsExactly(all.get(4));
    assertThat(read(deleted.checkpoint()).isEmpty()).isTrue();
  }

  @Test
  void aTransactionLongerThanTheDefaultLookbackIsFoundWithALongerConfiguredOne() {
    String a = sf.insert("Contact", Map.of("LastName", "A"));
    clock.advance(Duration.ofMinutes(12));
    sf.insert("Contact", Map.of("LastName", "B"));
    Changes first = read(Checkpoint.initial());
    clock.advance(Duration.ofMinutes(1));
    sf.updateInLongTransaction("Contact", a, Map.of("Title", "late"), Duration.ofMinutes(10));

    assertThat(read(first.checkpoint()).upserts())
        .as("stamped 10 minutes back: before the default 5-minute lookback")
        .isEmpty();
    try (SalesforceConnector longer =
        Fixtures.connector(sf, b -> b.changeLookback(Duration.ofMinutes(15)))) {
      Changes second =
          longer.changesSince("Contact", Checkpoint.parse(first.checkpoint().asString())).join();
      assertThat(second.upserts()).extracting(r -> r.field("Title")).containsExactly("late");
    }
  }

  @Test
  void aScanOfManyPagesRemembersOnlyTheLookbackNotEveryRowReadSoFar() {
    int rows = 4_500;
    for (int i = 0; i < rows; i++) {
      sf.insert("Contact", Map.of("LastName", "L" + i));
      clock.advance(Duration.ofMinutes(1));
    }
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

    assertThat(read).isEqualTo(rows);
    assertThat(remembered)
        .as("rows held in each page's checkpoint: those of the last 5 minutes, one a minute")
        .hasSize(3)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
  }

  private static int remembered(Checkpoint checkpoint) {
    Map<String, Object> window =
        ChangeCursor.of(checkpoint, ChangeFeed.DEFAULT_LOOKBACK).window().toJson();
    return ((Map<?, ?>) window.get("seen")).size();
  }

  private Changes read(Checkpoint from) {
    return crm.changesSince("Contact", Checkpoint.parse(from.asString())).join();
  }

  private static List<String> ids(Changes changes) {
    return changes.upserts().stream().map(CrmRecord::id).toList();
  }
}
