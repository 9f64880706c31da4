package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import java.util.List;
import java.util.Locale;

/**
 * The Pipedrive objects the connector serves, with the API that owns each (v2 where it has a twin,
 * else v1), its fields endpoint, search support and the {@code recents} item that reports its
 * deletions.
 */
public enum Entity {
  /** Deals: v2, archived and deleted listings. */
  DEALS("deals", "DEAL", true, "dealFields", true, "deal"),
  /** Persons: v2. */
  PERSONS("persons", "PERSON", true, "personFields", true, "person"),
  /** Organizations: v2. */
  ORGANIZATIONS("organizations", "ORGANIZATION", true, "organizationFields", true, "organization"),
  /** Activities: v2. */
  ACTIVITIES("activities", "ACTIVITY", true, "activityFields", false, "activity"),
  /** Products: v2. */
  PRODUCTS("products", "PRODUCT", true, "productFields", true, "product"),
  /** Leads: v1 CRUD (UUID ids, deal custom fields), v2 search. */
  LEADS("leads", "LEAD", false, "leadFields", true, null),
  /** Notes: v1 only. */
  NOTES("notes", "NOTE", false, null, false, "note");

  private final String path;
  private final String seedName;
  private final boolean v2;
  private final String fieldsPath;
  private final boolean searchable;
  private final String recentsItem;

  Entity(
      String path,
      String seedName,
      boolean v2,
      String fieldsPath,
      boolean searchable,
      String recentsItem) {
    this.path = path;
    this.seedName = seedName;
    this.v2 = v2;
    this.fieldsPath = fieldsPath;
    this.searchable = searchable;
    this.recentsItem = recentsItem;
  }

  /** The plural API name, such as {@code persons}. */
  public String path() {
    return path;
  }

  /** True on API v2. */
  public boolean v2() {
    return v2;
  }

  /** The records path: {@code api/v2/persons} or {@code v1/leads}. */
  public String collection() {
    return (v2 ? "api/v2/" : "v1/") + path;
  }

  /** The fields endpoint: {@code api/v2/personFields}, {@code v1/leadFields}, or null. */
  public String fieldsEndpoint() {
    if (fieldsPath == null) {
      return null;
    }
    return (v2 ? "api/v2/" : "v1/") + fieldsPath;
  }

  /** The search endpoint ({@code api/v2/{entity}/search}), or null when there is none. */
  public String searchEndpoint() {
    return searchable ? "api/v2/" + path + "/search" : null;
  }

  /** The {@code items} value of {@code /v1/recents} for this entity, or null (leads). */
  public String recentsItem() {
    return recentsItem;
  }

  /** True when records carry custom fields. */
  public boolean hasCustomFields() {
    return fieldsPath != null && this != ACTIVITIES;
  }

  /** The update method: PATCH (v2, v1 leads) or PUT (v1 notes). */
  public String updateMethod() {
    return this == NOTES ? "PUT" : "PATCH";
  }

  /** The object names accepted: plural API names and the configuration's upper-case names. */
  public static List<String> names() {
    return java.util.Arrays.stream(values()).map(e -> e.path + "|" + e.seedName).toList();
  }

  /**
   * The entity named {@code name}: {@code "DEAL"}, {@code "deals"}, {@code "Deal"}...
   *
   * @throws NotFoundException naming the value when it is none of them (the same exception every
   *     connector gives for an object its CRM does not have)
   */
  public static Entity of(String name, ErrorContext context) {
    String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    for (Entity e : values()) {
      if (e.seedName.equals(upper) || e.path.toUpperCase(Locale.ROOT).equals(upper)) {
        return e;
      }
    }
    throw new NotFoundException(
        "unknown Pipedrive object '" + name + "'; known: " + String.join(", ", names()), context);
  }
}
