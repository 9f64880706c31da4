package io.ikarus.connects.testkit.internal.dynamics;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.util.List;
import java.util.Optional;

/**
 * The tables and relationships of a fake environment, read from {@code catalog.json}: accounts,
 * contacts, leads, opportunities and the custom table {@code new_projects}, with the columns a CRM
 * integration uses. Every table also gets its id column first and the {@code createdon} and {@code
 * modifiedon} stamps last.
 *
 * @param entities every table
 * @param relationships every relationship
 */
record Catalog(List<EntityDef> entities, List<Relationship> relationships) {

  private static final String RESOURCE = "/io/ikarus/connects/testkit/dynamics/catalog.json";

  /** Copies. */
  Catalog {
    entities = List.copyOf(entities);
    relationships = List.copyOf(relationships);
  }

  /** The standard fake environment. */
  static Catalog standard() {
    return Json.resource(RESOURCE, new TypeReference<Catalog>() {});
  }

  /** The table whose entity set is exactly {@code set}. */
  Optional<EntityDef> bySet(String set) {
    return entities.stream().filter(e -> e.entitySetName().equals(set)).findFirst();
  }

  /** The table whose logical name is exactly {@code logicalName}, or a 404 like Dataverse's. */
  EntityDef byLogicalName(String logicalName) {
    return entities.stream()
        .filter(e -> e.logicalName().equals(logicalName))
        .findFirst()
        .orElseThrow(
            () ->
                new ODataException(
                    404, "0x80040217", "Could not find entity with name '" + logicalName + "'."));
  }

  /** The relationship whose collection-valued navigation property on {@code e} is {@code nav}. */
  Optional<Relationship> collection(EntityDef e, String nav) {
    return relationships.stream()
        .filter(r -> r.parentSet().equals(e.entitySetName()) && r.collectionNav().equals(nav))
        .findFirst();
  }

  /** The relationship whose single-valued navigation property on {@code e} is {@code nav}. */
  Optional<Relationship> single(EntityDef e, String nav) {
    return relationships.stream()
        .filter(r -> r.childSet().equals(e.entitySetName()) && r.singleNav().equals(nav))
        .findFirst();
  }
}
