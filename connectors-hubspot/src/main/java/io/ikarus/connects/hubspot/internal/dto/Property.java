package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One property definition.
 *
 * @param name the internal name
 * @param label the display label
 * @param type the data type ({@code string}, {@code number}, {@code enumeration}...)
 * @param fieldType the form field type ({@code text}, {@code select}, {@code checkbox}...)
 * @param hasUniqueValue whether values are unique (so the property can key upserts)
 * @param modificationMetadata whether values can be written
 * @param options the allowed values of an enumeration; empty otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Property(
    String name,
    String label,
    String type,
    String fieldType,
    boolean hasUniqueValue,
    Modification modificationMetadata,
    List<Option> options) {

  /** Normalises an absent option list. */
  public Property {
    options = options == null ? List.of() : options;
  }

  /** True when HubSpot says values cannot be written. */
  public boolean readOnly() {
    return modificationMetadata != null && modificationMetadata.readOnlyValue();
  }

  /**
   * The {@code modificationMetadata} member.
   *
   * @param readOnlyValue true when values cannot be written
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Modification(boolean readOnlyValue) {}

  /**
   * One allowed value.
   *
   * @param value the value as stored
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Option(String value) {}
}
