package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * A column definition for {@link FakeMonday#addBoard}.
 *
 * @param id the column id
 * @param title the column title
 * @param type {@code text}, {@code long_text}, {@code email}, {@code phone}, {@code status}, {@code
 *     date} or {@code numbers}
 * @param labels the status labels (index = position); empty for other types
 */
public record FakeMondayColumn(String id, String title, String type, List<String> labels) {

  private static final List<String> TYPES =
      List.of("text", "long_text", "email", "phone", "status", "date", "numbers");

  /** Validates and copies. */
  public FakeMondayColumn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unsupported column type " + type + "; one of " + TYPES);
    }
    labels = List.copyOf(labels);
  }

  /** A column of a type without labels. */
  public static FakeMondayColumn of(String id, String title, String type) {
    return new FakeMondayColumn(id, title, type, List.of());
  }

  /** The sample board's columns: one of every modelled type. */
  public static List<FakeMondayColumn> sample() {
    return Json.resource(
        "/io/ikarus/connects/testkit/monday/sample-board.json", new TypeReference<>() {});
  }
}
