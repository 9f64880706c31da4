package io.ikarus.connects.dynamics.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code GET EntityDefinitions(LogicalName='x')?$select=DisplayName}.
 *
 * @param displayName the table's label; null when it has none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TableLabel(@JsonProperty("DisplayName") DisplayName displayName) {}
