package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a record's fields (keyed by column id or title; {@code name} is the item name) into the
 * item name and the {@code column_values} argument: a JSON object serialised to a string, which the
 * document passes in a {@code JSON} variable (so it is encoded once more by the request body,
 * exactly as monday expects).
 */
public final class FieldEncoder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ColumnEncoder encoder;
  private final boolean createLabels;

  /**
   * The encoded form.
   *
   * @param name the item name, or null when the fields do not set it
   * @param values the encoded column values by column id, without the name
   */
  public record Encoded(String name, Map<String, Object> values) {

    /** The {@code column_values} argument for {@code create_item} (the name goes apart). */
    public String forCreate() {
      return write(values);
    }

    /** The {@code column_values} argument for an update, the name included when set. */
    public String forUpdate() {
      Map<String, Object> all = new LinkedHashMap<>(values);
      if (name != null) {
        all.put("name", name);
      }
      return write(all);
    }
  }

  /** Creates the encoder; with {@code createLabels} unknown status labels are left to monday. */
  public FieldEncoder(ColumnEncoder encoder, boolean createLabels) {
    this.encoder = encoder;
    this.createLabels = createLabels;
  }

  /** Encodes {@code fields} for the board's columns. */
  public Encoded encode(BoardColumns columns, Map<String, Object> fields, ErrorContext context) {
    Map<String, Object> values = new LinkedHashMap<>();
    String name = null;
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      BoardColumn column = columns.require(field.getKey(), context);
      if (column.type().equals("name")) {
        name = itemName(field.getValue(), context);
        continue;
      }
      if (createLabels && column.type().equals("status")) {
        column = new BoardColumn(column.id(), column.title(), column.type(), List.of());
      }
      values.put(column.id(), encoder.encode(column, field.getValue(), context));
    }
    return new Encoded(name, values);
  }

  /** Like {@link #encode}, but the item name is required (creating an item). */
  public Encoded encodeNew(BoardColumns columns, Map<String, Object> fields, ErrorContext context) {
    Encoded encoded = encode(columns, fields, context);
    if (encoded.name() == null) {
      throw new ValidationException(
          "a monday item needs a name",
          context,
          List.of(new FieldError("name", "REQUIRED", "set the 'name' field to the item name")));
    }
    return encoded;
  }

  private static String itemName(Object value, ErrorContext context) {
    if (value instanceof CharSequence s && !s.toString().isBlank()) {
      return s.toString();
    }
    throw new ValidationException(
        "the item name must be a non-blank String",
        context,
        List.of(
            new FieldError("name", "INVALID_VALUE", "the item name must be a non-blank String")));
  }

  private static String write(Map<String, Object> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("column values cannot be serialised", e);
    }
  }
}
