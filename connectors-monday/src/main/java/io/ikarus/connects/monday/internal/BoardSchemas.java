package io.ikarus.connects.monday.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.SchemaOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Describes a board as an {@link ObjectSchema}: one field per column, keyed by column id. */
public final class BoardSchemas implements SchemaOperations {

  private final BoardCache boards;
  private final String connector;

  /** Describes the boards {@code boards} resolves and caches. */
  public BoardSchemas(BoardCache boards, String connector) {
    this.boards = boards;
    this.connector = connector;
  }

  @Override
  public CompletableFuture<ObjectSchema> describe(String object) {
    return boards
        .columns(object, ErrorContext.of(connector, "describe"))
        .thenApply(columns -> of(object, columns));
  }

  private static ObjectSchema of(String object, BoardColumns columns) {
    List<FieldSchema> fields = new ArrayList<>();
    for (BoardColumn c : columns.all()) {
      boolean name = c.type().equals("name");
      List<String> labels = c.labels().stream().filter(Objects::nonNull).toList();
      fields.add(
          new FieldSchema(
              c.id(), c.title(), type(c.type()), c.type(), name, true, true, false, labels));
    }
    return new ObjectSchema(object, columns.boardName(), "id", fields);
  }

  private static FieldType type(String columnType) {
    return switch (columnType) {
      case "name", "text", "long_text" -> FieldType.STRING;
      case "email" -> FieldType.EMAIL;
      case "phone" -> FieldType.PHONE;
      case "status" -> FieldType.PICKLIST;
      case "date" -> FieldType.DATE;
      case "numbers" -> FieldType.DECIMAL;
      case "link" -> FieldType.URL;
      case "checkbox" -> FieldType.BOOLEAN;
      case "dropdown" -> FieldType.MULTI_PICKLIST;
      default -> FieldType.OTHER;
    };
  }
}
