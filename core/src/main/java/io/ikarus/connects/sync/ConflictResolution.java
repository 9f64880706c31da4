package io.ikarus.connects.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ConflictStrategy} decided: the mapped field values both sides should end with, or
 * to leave the conflict for a person ({@link #manual}). Immutable.
 */
public final class ConflictResolution {

  private final Map<String, Object> values;
  private final String reason;

  private ConflictResolution(Map<String, Object> values, String reason) {
    this.values = values;
    this.reason = reason;
  }

  /** Both sides end with these mapped values (in target field names). */
  public static ConflictResolution use(Map<String, Object> values) {
    Objects.requireNonNull(values, "values");
    return new ConflictResolution(Collections.unmodifiableMap(new LinkedHashMap<>(values)), null);
  }

  /** Leave both sides as they are and report the conflict until someone resolves it. */
  public static ConflictResolution manual(String reason) {
    return new ConflictResolution(null, Objects.requireNonNull(reason, "reason"));
  }

  /** True when the conflict is left for a person. */
  public boolean isManual() {
    return values == null;
  }

  /** The values both sides should end with; null when manual. */
  public Map<String, Object> values() {
    return values;
  }

  /** Why the conflict was left unresolved; null when resolved. */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return isManual() ? "manual(" + reason + ")" : "use" + values.keySet();
  }
}
