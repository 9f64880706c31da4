package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.List;

/**
 * One property definition, as {@code /crm/v3/properties} describes it.
 *
 * @param name the internal name
 * @param label the label
 * @param type {@code string}, {@code number}, {@code date}, {@code datetime}, {@code enumeration},
 *     {@code bool} or {@code phone_number}
 * @param fieldType the form field type, such as {@code text} or {@code select}
 * @param groupName the property group
 * @param hasUniqueValue true when values are unique (usable as {@code idProperty})
 * @param readOnlyValue true when API writes are refused
 * @param options the allowed values of an enumeration
 */
public record PropertyDef(
    String name,
    String label,
    String type,
    String fieldType,
    String groupName,
    boolean hasUniqueValue,
    boolean readOnlyValue,
    List<String> options) {

  /** Defaults a missing label to the name, group to {@code default}, options to none; copies. */
  public PropertyDef {
    label = label == null ? name : label;
    groupName = groupName == null ? "default" : groupName;
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** A writable text property. */
  public static PropertyDef text(String name) {
    return new PropertyDef(name, null, "string", "text", null, false, false, null);
  }

  /** A read-only property maintained by HubSpot. */
  public static PropertyDef readOnly(String name, String type) {
    String field = type.equals("number") ? "number" : "text";
    return new PropertyDef(name, null, type, field, null, false, true, null);
  }

  /** The definition as JSON. */
  public ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("name", name);
    n.put("label", label);
    n.put("type", type);
    n.put("fieldType", fieldType);
    n.put("groupName", groupName);
    n.put("description", "");
    n.put("hasUniqueValue", hasUniqueValue);
    n.put("hidden", false);
    n.put("calculated", false);
    n.put("externalOptions", false);
    n.put("formField", !readOnlyValue);
    int order = 0;
    var opts = n.putArray("options");
    for (String o : options) {
      opts.addObject()
          .put("label", o)
          .put("value", o)
          .put("displayOrder", order++)
          .put("hidden", false);
    }
    n.putObject("modificationMetadata")
        .put("archivable", !readOnlyValue)
        .put("readOnlyDefinition", readOnlyValue)
        .put("readOnlyValue", readOnlyValue);
    return n;
  }
}
