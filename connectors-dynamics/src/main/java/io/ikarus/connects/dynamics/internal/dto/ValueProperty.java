package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A metadata complex value that carries one {@code Value}: a required level ({@code
 * SystemRequired}), an attribute type name ({@code MultiSelectPicklistType}), an option's number.
 *
 * @param value the value as text; null when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValueProperty(@JsonProperty("Value") String value) {

  /** The value of {@code property}, or the text {@code "null"} when it or its value is absent. */
  public static String of(ValueProperty property) {
    return property == null ? "null" : String.valueOf(property.value());
  }
}
