package io.ikarus.connects.hubspot.internal;

import java.util.Map;

/**
 * One input of a batch call as sent, with what its result may be matched by.
 *
 * @param traceId the {@code objectWriteTraceId} sent, or null
 * @param key the record id (update) or {@code idProperty} value (upsert) it names, or null
 * @param properties the property values sent, in wire form
 */
public record SentInput(String traceId, String key, Map<String, String> properties) {

  /** Copies {@code properties}. */
  public SentInput {
    properties = Map.copyOf(properties);
  }
}
