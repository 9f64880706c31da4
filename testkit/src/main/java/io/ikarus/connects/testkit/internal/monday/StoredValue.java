package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A column value as the API returns it: {@code value} (a JSON document, never changed once stored)
 * and {@code text} (the human string).
 *
 * @param json the JSON value
 * @param text the display text
 */
public record StoredValue(JsonNode json, String text) {}
