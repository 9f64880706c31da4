package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One Salesforce error item. REST and composite errors call the code {@code errorCode}; sObject
 * Collections results call it {@code statusCode}: both are read into {@link #errorCode()}.
 *
 * @param errorCode the vendor code, such as {@code REQUIRED_FIELD_MISSING}
 * @param message the vendor's message
 * @param fields the fields at fault; empty when none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(
    @JsonAlias("statusCode") String errorCode, String message, List<String> fields) {

  /** Normalises absent lists. */
  public ApiError {
    fields = fields == null ? List.of() : List.copyOf(fields);
    message = message == null ? "" : message;
  }
}
