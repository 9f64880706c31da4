package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A batch write answer (200, 201 or 207 Multi-Status).
 *
 * @param results the records written; empty when absent
 * @param errors the inputs refused, each an error body whose {@code context} names the input; empty
 *     when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchResponse(List<HubSpotObject> results, List<ErrorBody> errors) {

  /** Normalises absent lists. */
  public BatchResponse {
    results = results == null ? List.of() : results;
    errors = errors == null ? List.of() : errors;
  }
}
