package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * One CRM record as HubSpot sends it.
 *
 * @param id the record id; HubSpot always sends it (a page without one is malformed)
 * @param properties the property values, strings as HubSpot sends them; empty when absent
 * @param updatedAt the ISO last-update time, or null
 * @param archivedAt the ISO archive time of an archived record, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubSpotObject(
    String id, Map<String, Object> properties, String updatedAt, String archivedAt) {

  /** Normalises an absent property map. */
  public HubSpotObject {
    properties = properties == null ? Map.of() : properties;
  }
}
