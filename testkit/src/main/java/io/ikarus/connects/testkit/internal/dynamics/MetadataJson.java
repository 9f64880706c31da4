package io.ikarus.connects.testkit.internal.dynamics;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The EntityDefinitions JSON of fake tables and columns, as the metadata Web API shapes it. */
final class MetadataJson {

  private MetadataJson() {}

  static Map<String, Object> entity(EntityDef e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("MetadataId", id(e.logicalName()));
    m.put("LogicalName", e.logicalName());
    m.put("SchemaName", AttributeDef.schemaOf(e.logicalName()));
    m.put("EntitySetName", e.entitySetName());
    m.put("PrimaryIdAttribute", e.primaryId());
    m.put("PrimaryNameAttribute", e.primaryName());
    m.put("ChangeTrackingEnabled", true);
    m.put("IsCustomEntity", e.custom());
    m.put("DisplayName", label(AttributeDef.schemaOf(e.logicalName()).replace("new_", "")));
    return m;
  }

  static Map<String, Object> attribute(EntityDef e, AttributeDef a) {
    Map<String, Object> m = new LinkedHashMap<>();
    String type = a.type().equals("Customer") ? "Lookup" : a.type();
    m.put(
        "@odata.type",
        "#Microsoft.Dynamics.CRM."
            + (type.equals("Uniqueidentifier") ? "UniqueIdentifier" : type)
            + "AttributeMetadata");
    m.put("MetadataId", id(e.logicalName() + "." + a.logicalName()));
    m.put("LogicalName", a.logicalName());
    m.put("SchemaName", a.schemaName());
    m.put("EntityLogicalName", e.logicalName());
    m.put("AttributeType", a.type());
    m.put("AttributeTypeName", Map.of("Value", a.type() + "Type"));
    boolean id = a.logicalName().equals(e.primaryId());
    m.put("IsValidForCreate", a.writable());
    m.put("IsValidForUpdate", a.writable() && !id);
    m.put("IsValidForRead", true);
    m.put(
        "RequiredLevel",
        Map.of(
            "Value",
            a.requiredLevel(),
            "CanBeChanged",
            !id,
            "ManagedPropertyLogicalName",
            "canmodifyrequirementlevelsettings"));
    m.put("IsCustomAttribute", a.logicalName().startsWith("new_"));
    m.put("IsPrimaryId", id);
    m.put("IsPrimaryName", a.logicalName().equals(e.primaryName()));
    m.put("DisplayName", label(a.schemaName()));
    if (a.maxLength() > 0) {
      m.put("MaxLength", a.maxLength());
    }
    if (!a.options().isEmpty()) {
      m.put(
          "OptionSet",
          Map.of(
              "Options",
              a.options().stream()
                  .map(v -> Map.of("Value", v, "Label", label("Option " + v)))
                  .toList()));
    }
    return m;
  }

  /**
   * Keeps MetadataId, OData annotations and the selected properties; checks the selection against
   * the {@code known} properties of {@code type}.
   */
  static Map<String, Object> select(
      Map<String, Object> full, List<String> select, Collection<String> known, String type) {
    for (String s : select) {
      if (!known.contains(s)) {
        throw ODataException.badRequest(
            "Could not find a property named '"
                + s
                + "' on type 'Microsoft.Dynamics.CRM."
                + type
                + "'.");
      }
    }
    if (select.isEmpty()) {
      return full;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    full.forEach(
        (k, v) -> {
          if (k.startsWith("@") || k.equals("MetadataId") || select.contains(k)) {
            m.put(k, v);
          }
        });
    return m;
  }

  private static Map<String, Object> label(String text) {
    Map<String, Object> l = Map.of("Label", text, "LanguageCode", 1033);
    return Map.of("UserLocalizedLabel", l, "LocalizedLabels", List.of(l));
  }

  private static String id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
