package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code paging} member of a HubSpot page.
 *
 * @param next where the next page starts; null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paging(Next next) {

  /**
   * The {@code paging.next} member.
   *
   * @param after the cursor of the next page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Next(String after) {}

  /** The {@code paging.next.after} cursor of {@code paging}, or null on the last page. */
  public static String after(Paging paging) {
    return paging == null || paging.next() == null ? null : paging.next().after();
  }
}
