package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads the {@code data} JSON string of an activity-log entry. */
final class ActivityData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ActivityData() {}

  /** The item ({@code pulse_id}) an entry is about, or null. */
  static String pulseId(String data) {
    try {
      JsonNode id = JSON.readTree(data).path("pulse_id");
      return id.isMissingNode() || id.isNull() ? null : id.asText();
    } catch (IOException e) {
      return null;
    }
  }
}
