package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code GET WhoAmI}.
 *
 * @param userId the calling user's {@code systemuserid}
 * @param businessUnitId the user's business unit
 * @param organizationId the environment's organization
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhoAmIResponse(
    @JsonProperty("UserId") String userId,
    @JsonProperty("BusinessUnitId") String businessUnitId,
    @JsonProperty("OrganizationId") String organizationId) {}
