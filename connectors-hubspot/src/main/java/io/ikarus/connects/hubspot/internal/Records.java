package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.spi.ApiResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HubSpot record JSON ({@code id}, {@code properties}, {@code updatedAt}) to {@link CrmRecord}. */
public final class Records {

  private Records() {}

  /**
   * The body of a page of records: a JSON object whose {@code results} array holds objects that
   * each carry an {@code id}, as HubSpot always sends.
   *
   * @throws MalformedResponseException naming the member that is missing or of the wrong kind
   */
  public static Map<String, Object> page(ApiResponse response) {
    Map<String, Object> body = response.jsonObject();
    if (!(response.required(body, "results") instanceof List<?> results)) {
      throw malformed(response, "the member 'results' is not an array");
    }
    for (Object result : results) {
      if (!(result instanceof Map<?, ?> record)) {
        throw malformed(response, "a member of 'results' is not an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) record;
      response.required(fields, "id");
    }
    return body;
  }

  private static MalformedResponseException malformed(ApiResponse response, String detail) {
    return new MalformedResponseException(detail, response.errorContext(), null);
  }

  /** One record; property values stay HubSpot's strings, empty properties stay null. */
  public static CrmRecord toRecord(String object, Map<String, Object> json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (json.get("properties") instanceof Map<?, ?> props) {
      props.forEach((k, v) -> fields.put(k.toString(), v == null ? null : v.toString()));
    }
    return new CrmRecord(
        object,
        HubSpotErrors.text(json, "id"),
        fields,
        instant(HubSpotErrors.text(json, "updatedAt")));
  }

  /** Every record of a response's {@code results} array. */
  @SuppressWarnings("unchecked")
  public static List<CrmRecord> results(String object, Map<String, Object> body) {
    if (!(body.get("results") instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(o -> toRecord(object, (Map<String, Object>) o)).toList();
  }

  /** The {@code paging.next.after} cursor, or null on the last page. */
  public static String nextAfter(Map<String, Object> body) {
    if (body.get("paging") instanceof Map<?, ?> paging
        && paging.get("next") instanceof Map<?, ?> next
        && next.get("after") != null) {
      return next.get("after").toString();
    }
    return null;
  }

  /** Parses HubSpot's ISO timestamps and millisecond strings; null when absent or unreadable. */
  public static Instant instant(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Instant.ofEpochMilli(Long.parseLong(value))
          : Instant.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }
}
