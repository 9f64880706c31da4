package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One page of a REST query.
 *
 * @param totalSize the number of rows in the whole result
 * @param done true on the last page
 * @param nextRecordsUrl the path of the next page; null on the last one
 * @param records the rows, each with an {@code attributes} entry
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryResult(
    long totalSize, boolean done, String nextRecordsUrl, List<Map<String, Object>> records) {

  /** Normalises absent lists. */
  public QueryResult {
    records = records == null ? List.of() : records;
  }
}
