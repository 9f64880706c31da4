package io.ikarus.connects.hubspot.internal;

/** The {@code /crm/v3} and {@code /crm/v4} paths the connector calls. */
public final class ObjectPaths {

  private ObjectPaths() {}

  /** {@code crm/v3/objects/{type}}. */
  public static String objects(String object) {
    return "crm/v3/objects/" + HubSpotNames.objectType(object);
  }

  /** {@code crm/v3/objects/{type}/{id}}. */
  public static String record(String object, String id) {
    return objects(object) + "/" + HubSpotNames.recordId(id);
  }

  /** {@code crm/v3/objects/{type}/batch/{action}}. */
  public static String batch(String object, String action) {
    return objects(object) + "/batch/" + action;
  }

  /** {@code crm/v3/objects/{type}/search}. */
  public static String search(String object) {
    return objects(object) + "/search";
  }

  /** {@code crm/v3/properties/{type}}. */
  public static String properties(String object) {
    return "crm/v3/properties/" + HubSpotNames.objectType(object);
  }

  /** {@code crm/v4/objects/{from}/{fromId}/associations/{to}}. */
  public static String associations(String from, String fromId, String to) {
    return "crm/v4/objects/"
        + HubSpotNames.objectType(from)
        + "/"
        + HubSpotNames.recordId(fromId)
        + "/associations/"
        + HubSpotNames.objectType(to);
  }
}
