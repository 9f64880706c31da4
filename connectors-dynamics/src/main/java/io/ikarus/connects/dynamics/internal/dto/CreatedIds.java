package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to a {@code CreateMultiple} message: the new rows' ids in the order of the targets.
 *
 * @param ids the ids; null when the answer lacks them (a malformed answer)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatedIds(@JsonProperty("Ids") List<String> ids) {

  /** Copies the ids; a null id makes the answer unreadable. */
  public CreatedIds {
    ids = ids == null ? null : List.copyOf(ids);
  }
}
