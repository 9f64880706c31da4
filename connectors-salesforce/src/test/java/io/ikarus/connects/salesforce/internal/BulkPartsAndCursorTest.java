package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ChangeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkPartsAndCursorTest {

  @Test
  void splitsUploadsBeforeTheSizeLimitAndKeepsEveryRow() {
    List<IngestPlan.Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(new IngestPlan.Row(i, List.of("x".repeat(10))));
    }
    List<List<IngestPlan.Row>> parts = Bulk.parts(rows, 50);
    assertThat(parts).hasSize(5).allSatisfy(p -> assertThat(p).hasSize(2));
    assertThat(parts.stream().flatMap(List::stream).map(IngestPlan.Row::index))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(Bulk.parts(rows, 1)).hasSize(10);
  }

  @Test
  void checkpointsRoundTripAndForeignOnesAreRefused() {
    Duration lookback = Duration.ofMinutes(5);
    ChangeWindow window = ChangeWindow.start(lookback);
    window.offer("a", Instant.parse("2024-05-01T10:00:00Z"), "f1");
    ChangeCursor cursor = new ChangeCursor(window, "/next/1");
    Checkpoint saved = Checkpoint.parse(cursor.checkpoint().asString());
    ChangeCursor back = ChangeCursor.of(saved, lookback);
    assertThat(back.window().toJson()).isEqualTo(window.toJson());
    assertThat(back.next()).isEqualTo("/next/1");
    assertThat(ChangeCursor.of(Checkpoint.initial(), lookback).window().from()).isNull();

    assertThatThrownBy(() -> ChangeCursor.of(Checkpoint.parse("hubspot:123"), lookback))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not a Salesforce checkpoint");
    assertThatThrownBy(() -> ChangeCursor.of(Checkpoint.parse("sf1.!!!"), lookback))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anOlderCheckpointIsContinuedFromItsStamp() {
    String json = "{\"stamp\":\"2024-05-01T10:00:00Z\",\"ids\":[\"a\"],\"next\":null}";
    String old =
        "sf1." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
    ChangeCursor cursor = ChangeCursor.of(Checkpoint.parse(old), Duration.ofMinutes(1));
    assertThat(cursor.window().from()).isEqualTo(Instant.parse("2024-05-01T09:59:00Z"));
    assertThat(cursor.window().offer("a", Instant.parse("2024-05-01T10:00:00Z"), "new")).isTrue();
  }
}
