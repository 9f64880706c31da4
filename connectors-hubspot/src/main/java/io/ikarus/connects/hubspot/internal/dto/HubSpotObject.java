package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One CRM record as HubSpot sends it.
 *
 * @param id the record id; HubSpot always sends it (a page without one is malformed)
 * @param properties the property values, strings as HubSpot sends them; empty when absent
 * @param updatedAt the ISO last-update time, or null
 * @param archivedAt the ISO archive time of an archived record, or null
 * @param objectWriteTraceId the trace id of the batch input this was written from, when echoed
 * @param created for a batch upsert result: true when the record was created; null elsewhere
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubSpotObject(
    String id,
    Map<String, Object> properties,
    String updatedAt,
    String archivedAt,
    String objectWriteTraceId,
    @JsonProperty("new") Boolean created) {

  /** Normalises an absent property map. */
  public HubSpotObject {
    properties = properties == null ? Map.of() : properties;
  }
}
