package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.hubspot.internal.dto.HubSpotObject;
import io.ikarus.connects.hubspot.internal.dto.ObjectPage;
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
  public static ObjectPage page(ApiResponse response) {
    ObjectPage page = response.json(ObjectPage.class);
    if (page == null || page.results() == null) {
      throw malformed(response, "the member 'results' is missing");
    }
    for (HubSpotObject result : page.results()) {
      if (result == null) {
        throw malformed(response, "a member of 'results' is not an object");
      }
      if (result.id() == null) {
        throw malformed(response, "the member 'id' is missing");
      }
    }
    return page;
  }

  private static MalformedResponseException malformed(ApiResponse response, String detail) {
    return new MalformedResponseException(detail, response.errorContext(), null);
  }

  /** The one record a create, get or update answers with. */
  public static CrmRecord record(String object, ApiResponse response) {
    return toRecord(object, response.json(HubSpotObject.class));
  }

  /** One record; property values stay HubSpot's strings, empty properties stay null. */
  public static CrmRecord toRecord(String object, HubSpotObject json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    json.properties().forEach((k, v) -> fields.put(k, v == null ? null : v.toString()));
    return new CrmRecord(object, json.id(), fields, instant(json.updatedAt()));
  }

  /** Every record of a page. */
  public static List<CrmRecord> results(String object, ObjectPage page) {
    return page.results().stream().map(o -> toRecord(object, o)).toList();
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
