package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to {@code GET
 * EntityDefinitions(...)/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$expand=OptionSet}.
 *
 * @param value the table's picklist columns
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Picklists(List<Picklist> value) {

  /** Normalises an absent list. */
  public Picklists {
    value = value == null ? List.of() : List.copyOf(value);
  }

  /**
   * One picklist column.
   *
   * @param logicalName the column's name
   * @param optionSet its options; null when not expanded
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Picklist(
      @JsonProperty("LogicalName") String logicalName,
      @JsonProperty("OptionSet") OptionSet optionSet) {

    /** The option values as text, in the service's order. */
    public List<String> values() {
      return optionSet == null
          ? List.of()
          : optionSet.options().stream().map(ValueProperty::of).toList();
    }
  }

  /**
   * A column's option set.
   *
   * @param options the options, each with its number as {@code Value}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OptionSet(@JsonProperty("Options") List<ValueProperty> options) {

    /** Normalises an absent list. */
    public OptionSet {
      options = options == null ? List.of() : List.copyOf(options);
    }
  }
}
