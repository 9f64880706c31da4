package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to {@code GET EntityDefinitions?$select=LogicalName,EntitySetName,...}.
 *
 * @param value the tables found; empty when none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityDefinitions(List<Table> value) {

  /** Normalises an absent list. */
  public EntityDefinitions {
    value = value == null ? List.of() : List.copyOf(value);
  }

  /**
   * The names of one table.
   *
   * @param logicalName such as {@code account}
   * @param entitySetName such as {@code accounts}
   * @param primaryId the id column, such as {@code accountid}
   * @param primaryName the name column; may be null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Table(
      @JsonProperty("LogicalName") String logicalName,
      @JsonProperty("EntitySetName") String entitySetName,
      @JsonProperty("PrimaryIdAttribute") String primaryId,
      @JsonProperty("PrimaryNameAttribute") String primaryName) {}
}
