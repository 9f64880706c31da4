package io.ikarus.connects.hubspot;

import static io.ikarus.connects.hubspot.FakeSetup.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotBatchTest {

  private final FakeHubSpot fake = FakeHubSpot.start();
  private final HubSpotConnector hubspot = FakeSetup.connector(fake).build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void moreThanTheBaseFourChunksGoInFlightAtOnceOnAFreshWindow() {
    // HubSpot limits calls per 10 s and per day, not calls in flight; the answers are held 300 ms
    // so that the chunks sent before the first answer are the ones in flight together
    fake.faults().latency(Duration.ofMillis(300));
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ConnectorListener counter =
        new ConnectorListener() {
          @Override
          public void onRequest(RequestEvent event) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          }

          @Override
          public void onResponse(ResponseEvent event) {
            inFlight.decrementAndGet();
          }
        };
    List<Map<String, Object>> contacts = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      contacts.add(Map.of("email", "c" + i + "@example.com"));
    }
    try (HubSpotConnector crm =
        HubSpotConnector.builder()
            .auth(BearerTokenAuth.of(fake.privateAppToken()))
            .burstLimit(190, Duration.ofSeconds(10))
            .options(
                ClientOptions.builder().baseUrl(URI.create(fake.url())).listener(counter).build())
            .build()) {
      BatchResult result = await(crm.upsertAll("contacts", "email", contacts));

      assertThat(result.allSucceeded()).isTrue();
      assertThat(result.apiCalls()).isEqualTo(10);
      assertThat(most.get()).isGreaterThan(4).isLessThanOrEqualTo(10);
    }
  }

  @Test
  void tenThousandContactsThroughUpsertAllTakeExactlyOneHundredCalls() {
    List<Map<String, Object>> contacts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      contacts.add(Map.of("email", "u" + i + "@example.com", "firstname", "U" + i));
    }

    BatchResult first = await(hubspot.upsertAll("contacts", "email", contacts));
    BatchResult again = await(hubspot.upsertAll("contacts", "email", contacts.subList(0, 100)));

    assertThat(first.allSucceeded()).isTrue();
    assertThat(first.apiCalls()).isEqualTo(100);
    assertThat(fake.journal().count("POST", "/crm/v3/objects/contacts/batch/upsert"))
        .isEqualTo(101);
    assertThat(fake.journal().records("POST", "/crm/v3/objects/contacts/batch/upsert"))
        .isEqualTo(10_100);
    assertThat(fake.count("contacts")).isEqualTo(10_000);
    assertThat(first.results()).allMatch(r -> Boolean.TRUE.equals(r.created()));
    assertThat(again.results()).allMatch(r -> Boolean.FALSE.equals(r.created()));
    assertThat(again.results().get(7).id()).isEqualTo(first.results().get(7).id());
  }

  @Test
  void mixedMultiStatusKeepsInputOrderAndNamesEachBadProperty() {
    List<Map<String, Object>> inputs =
        List.of(
            Map.of("firstname", "ok0"),
            Map.of("no_such_property", "x"),
            Map.of("firstname", "ok2"),
            Map.of("email", "not-an-email"),
            Map.of("firstname", "ok4"));

    BatchResult result = await(hubspot.createAll("contacts", inputs));

    assertThat(result.apiCalls()).isEqualTo(1);
    assertThat(result.results()).extracting(RecordResult::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1, 3);
    assertThat(((ValidationException) result.results().get(1).error()).fields())
        .containsExactly("no_such_property");
    assertThat(((ValidationException) result.results().get(3).error()).fields())
        .containsExactly("email");
    for (int i : List.of(0, 2, 4)) {
      assertThat(fake.record("contacts", result.results().get(i).id()).orElseThrow())
          .containsEntry("firstname", "ok" + i);
    }
  }

  @Test
  void upsertAllReportsFailuresInPlaceAndRepeatedKeysAlone() {
    List<Map<String, Object>> inputs =
        List.of(
            Map.of("email", "a@example.com", "firstname", "A"),
            Map.of("email", "b@example.com", "lifecyclestage", "boss"),
            Map.of("email", "A@example.com", "firstname", "again"),
            Map.of("email", "c@example.com"));

    BatchResult result = await(hubspot.upsertAll("contacts", "email", inputs));

    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1, 2);
    assertThat(result.results().get(0).created()).isTrue();
    assertThat(result.results().get(3).created()).isTrue();
    assertThat(result.apiCalls()).isEqualTo(1);
  }

  @Test
  void updateAllAndDeleteAllReportPerRecord() {
    String id = fake.insert("deals", Map.of("dealname", "d"));
    List<CrmRecord> updates =
        List.of(
            CrmRecord.of("deals", id, Map.of("amount", new java.math.BigDecimal("12.50"))),
            CrmRecord.of("deals", "999999", Map.of("amount", 1)),
            CrmRecord.of("deals", "not-a-number", Map.of("amount", 1)));

    BatchResult updated = await(hubspot.updateAll("deals", updates));
    BatchResult deleted = await(hubspot.deleteAll("deals", List.of(id)));

    assertThat(updated.results().get(0).isSuccess()).isTrue();
    assertThat(updated.results().get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(updated.results().get(2).error()).isInstanceOf(ValidationException.class);
    assertThat(fake.journal().records("POST", "/crm/v3/objects/deals/batch/update")).isEqualTo(2);
    assertThat(deleted.allSucceeded()).isTrue();
    assertThat(fake.record("deals", id)).isEmpty();
  }
}
