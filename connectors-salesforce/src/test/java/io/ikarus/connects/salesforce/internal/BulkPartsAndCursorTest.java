package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ValidationException;
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
    ChangeCursor cursor =
        new ChangeCursor(Instant.parse("2024-05-01T10:00:00Z"), List.of("a", "b"), "/next/1");
    Checkpoint saved = Checkpoint.parse(cursor.checkpoint().asString());
    assertThat(ChangeCursor.of(saved)).isEqualTo(cursor);
    assertThat(ChangeCursor.of(Checkpoint.initial())).isEqualTo(ChangeCursor.START);

    assertThatThrownBy(() -> ChangeCursor.of(Checkpoint.parse("hubspot:123")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not a Salesforce checkpoint");
    assertThatThrownBy(() -> ChangeCursor.of(Checkpoint.parse("sf1.!!!")))
        .isInstanceOf(ValidationException.class);
  }
}
