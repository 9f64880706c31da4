package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** HubSpot identifiers: object types, property names, and which property holds "modified". */
public final class HubSpotNames {

  private static final Pattern OBJECT_TYPE = Pattern.compile("[A-Za-z0-9_-]{1,100}");
  private static final Pattern PROPERTY = Pattern.compile("[A-Za-z0-9_]{1,100}");
  private static final Pattern RECORD_ID = Pattern.compile("[0-9]{1,30}");

  private HubSpotNames() {}

  /** Returns {@code objectType} when it is a valid type name or id, else throws naming it. */
  public static String objectType(String objectType) {
    if (objectType == null || !OBJECT_TYPE.matcher(objectType).matches()) {
      throw invalid("object", "not a HubSpot object type name or id: " + objectType);
    }
    return objectType;
  }

  /** Returns {@code name} when it is a valid property name, else throws naming it. */
  public static String property(String name) {
    if (name == null || !PROPERTY.matcher(name).matches()) {
      throw invalid(name, "not a HubSpot property name (letters, digits, underscores)");
    }
    return name;
  }

  /** Returns {@code id} when it is a HubSpot record id (digits), else throws naming it. */
  public static String recordId(String id) {
    if (id == null || !RECORD_ID.matcher(id).matches()) {
      throw invalid("id", "not a HubSpot record id (digits only): " + id);
    }
    return id;
  }

  /**
   * The property holding a record's last-modified time: {@code lastmodifieddate} for contacts,
   * {@code hs_lastmodifieddate} for every other object type.
   */
  public static String modifiedProperty(String objectType) {
    String t = objectType.toLowerCase(Locale.ROOT);
    return t.equals("contacts") || t.equals("contact") || t.equals("0-1")
        ? "lastmodifieddate"
        : "hs_lastmodifieddate";
  }

  private static ValidationException invalid(String field, String message) {
    return new ValidationException(
        message, ErrorContext.of("hubspot", null), List.of(new FieldError(field, null, message)));
  }
}
