package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to {@code GET EntityDefinitions(...)/Keys?$select=KeyAttributes}.
 *
 * @param value the table's alternate keys
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Keys(List<Key> value) {

  /** Normalises an absent list. */
  public Keys {
    value = value == null ? List.of() : List.copyOf(value);
  }

  /**
   * One alternate key.
   *
   * @param columns the columns it is made of
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Key(@JsonProperty("KeyAttributes") List<String> columns) {

    /** Normalises an absent list. */
    public Key {
      columns = columns == null ? List.of() : List.copyOf(columns);
    }
  }
}
