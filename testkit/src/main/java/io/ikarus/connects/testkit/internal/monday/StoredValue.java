package io.ikarus.connects.testkit.internal.monday;

/**
 * A column value as the API returns it: {@code value} (a JSON document, serialised) and {@code
 * text} (the human string).
 *
 * @param valueJson the raw JSON value
 * @param text the display text
 */
public record StoredValue(String valueJson, String text) {}
