package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A record read with {@code fields=Id}.
 *
 * @param id the record id; null when the answer lacks it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordId(@JsonProperty("Id") String id) {}
