package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A create, update, upsert or delete result, from a single call or an sObject Collections item.
 *
 * @param id the record id; null on failure
 * @param success whether the record was written
 * @param errors why not, when it was not
 * @param created for an upsert: true when created; null elsewhere
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SaveResult(String id, boolean success, List<ApiError> errors, Boolean created) {

  /** Normalises absent lists. */
  public SaveResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }
}
