package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An OData error body, {@code {"error":{"code":"0x80040217","message":"..."}}}.
 *
 * @param error the error; null when the body is some other JSON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ODataError(Detail error) {

  /**
   * The error itself.
   *
   * @param code Dataverse's hex code, such as {@code 0x80040217}; may be null or blank
   * @param message the message; may be null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Detail(String code, String message) {}
}
