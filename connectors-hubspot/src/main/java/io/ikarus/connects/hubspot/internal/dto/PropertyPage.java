package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The property definitions of an object type ({@code GET /crm/v3/properties/{object}}).
 *
 * @param results the definitions; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyPage(List<Property> results) {

  /** Normalises an absent list. */
  public PropertyPage {
    results = results == null ? List.of() : results;
  }
}
