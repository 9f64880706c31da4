package io.ikarus.connects.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.hubspot.internal.dto.BatchResponse;
import io.ikarus.connects.spi.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

  private static final ErrorContext CTX = ErrorContext.of("hubspot", "createAll");
  private static final List<SentInput> INPUTS =
      List.of(
          new SentInput(null, null, Map.of("firstname", "Ann", "amount", "12.50")),
          new SentInput(null, null, Map.of("firstname", "Bob", "amount", "3")));

  @Test
  void placesResultsByNormalisedValuesWhateverTheOrder() {
    BatchReader reader = new BatchReader(0, INPUTS, r -> null);

    read(
        reader,
        Map.of(
            "results",
            List.of(
                Map.of("id", "2", "properties", Map.of("firstname", "bob", "amount", "3")),
                Map.of("id", "1", "properties", Map.of("firstname", "Ann", "amount", "12.5")))),
        CTX);

    assertThat(reader.unplaced()).isEmpty();
    assertThat(reader.results(CTX)).extracting(RecordResult::id).containsExactly("1", "2");
  }

  @Test
  void resultsWithoutValuesArePlacedByTheValuesReadBack() {
    BatchReader reader = new BatchReader(0, INPUTS, r -> null);
    read(reader, Map.of("results", List.of(Map.of("id", "8"), Map.of("id", "7"))), CTX);

    assertThat(reader.unplaced()).hasSize(2);
    reader.placeByValues(Map.of("7", Map.of("firstname", "Ann"), "8", Map.of("firstname", "Bob")));

    assertThat(reader.results(CTX)).extracting(RecordResult::id).containsExactly("7", "8");
  }

  @Test
  void aWrittenRecordIsNeverReportedFailedAndASilentInputIs() {
    List<SentInput> three =
        List.of(INPUTS.get(0), INPUTS.get(1), new SentInput(null, null, Map.of("firstname", "C")));
    BatchReader reader = new BatchReader(10, three, r -> null);
    read(reader, Map.of("results", List.of(Map.of("id", "5"), Map.of("id", "6"))), CTX);

    List<RecordResult> results = reader.results(CTX);

    assertThat(results).extracting(RecordResult::index).containsExactly(10, 11, 12);
    assertThat(results.subList(0, 2)).allMatch(RecordResult::isSuccess);
    assertThat(results.get(2).error()).isInstanceOf(ServerException.class);
  }

  /** Feeds {@code body}, a batch answer as parsed JSON, to {@code reader} as the connector does. */
  private static void read(BatchReader reader, Object body, ErrorContext context) {
    reader.read(Json.convert(body, BatchResponse.class), context);
  }
}
