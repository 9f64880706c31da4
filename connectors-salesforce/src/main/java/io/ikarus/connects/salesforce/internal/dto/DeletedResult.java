package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of {@code GET /sobjects/{object}/deleted/?start=&end=}.
 *
 * @param deletedRecords the ids deleted in the window, with when
 * @param earliestDateAvailable the oldest deletion still in the log; a sync point older than this
 *     has missed deletions
 * @param latestDateCovered the end of the window actually covered; the next window starts here
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeletedResult(
    List<Deleted> deletedRecords, String earliestDateAvailable, String latestDateCovered) {

  /** Normalises absent lists. */
  public DeletedResult {
    deletedRecords = deletedRecords == null ? List.of() : List.copyOf(deletedRecords);
  }

  /**
   * One deleted record.
   *
   * @param id its id
   * @param deletedDate when it was deleted
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Deleted(String id, String deletedDate) {}
}
