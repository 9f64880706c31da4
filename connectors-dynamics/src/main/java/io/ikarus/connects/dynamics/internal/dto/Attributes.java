package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to {@code GET EntityDefinitions(...)/Attributes}, on the base AttributeMetadata type.
 *
 * @param value the table's columns
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attributes(List<Attribute> value) {

  /** Normalises an absent list. */
  public Attributes {
    value = value == null ? List.of() : List.copyOf(value);
  }

  /**
   * One column's metadata.
   *
   * @param logicalName the column's name
   * @param attributeType such as {@code String}, {@code Lookup}, {@code Picklist}
   * @param attributeTypeName the finer type name ({@code MultiSelectPicklistType})
   * @param validForCreate may be set on create
   * @param validForUpdate may be changed on update
   * @param requiredLevel {@code None}, {@code SystemRequired}, {@code ApplicationRequired}...
   * @param primaryId the table's id column
   * @param displayName the column's label
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attribute(
      @JsonProperty("LogicalName") String logicalName,
      @JsonProperty("AttributeType") String attributeType,
      @JsonProperty("AttributeTypeName") ValueProperty attributeTypeName,
      @JsonProperty("IsValidForCreate") boolean validForCreate,
      @JsonProperty("IsValidForUpdate") boolean validForUpdate,
      @JsonProperty("RequiredLevel") ValueProperty requiredLevel,
      @JsonProperty("IsPrimaryId") boolean primaryId,
      @JsonProperty("DisplayName") DisplayName displayName) {}
}
