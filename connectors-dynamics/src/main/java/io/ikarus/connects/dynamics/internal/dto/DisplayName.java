package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A metadata {@code DisplayName}: the label in the calling user's language.
 *
 * @param userLocalizedLabel {@code UserLocalizedLabel}; null when the item has no label
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisplayName(@JsonProperty("UserLocalizedLabel") LocalizedLabel userLocalizedLabel) {

  /** The label's text of {@code name}, or {@code fallback} when it has none (or is null). */
  public static String text(DisplayName name, String fallback) {
    LocalizedLabel l = name == null ? null : name.userLocalizedLabel();
    return l == null || l.label() == null ? fallback : l.label();
  }

  /**
   * One localized label.
   *
   * @param label the text
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LocalizedLabel(@JsonProperty("Label") String label) {}
}
