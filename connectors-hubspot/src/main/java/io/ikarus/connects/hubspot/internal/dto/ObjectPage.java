package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A page of records: a list, search or batch read answer.
 *
 * @param results the records; null when the member is missing (a malformed answer)
 * @param paging where the next page starts, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectPage(List<HubSpotObject> results, Paging paging) {

  /** The {@code paging.next.after} cursor, or null on the last page. */
  public String nextAfter() {
    return Paging.after(paging);
  }
}
