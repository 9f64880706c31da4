package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A Web API collection answer: the rows of one page (free-form columns, so maps) and the links to
 * the next page or, in change tracking, to the next delta.
 *
 * @param value the rows; null when the answer lacks the member (a malformed answer)
 * @param nextLink {@code @odata.nextLink}, the next page; null on the last page
 * @param deltaLink {@code @odata.deltaLink}, the change-tracking token of the last page, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RowCollection(
    List<Map<String, Object>> value,
    @JsonProperty("@odata.nextLink") String nextLink,
    @JsonProperty("@odata.deltaLink") String deltaLink) {

  /** Copies the rows; a null row makes the answer unreadable. */
  public RowCollection {
    value = value == null ? null : List.copyOf(value);
  }
}
