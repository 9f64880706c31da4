package io.ikarus.connects.testkit.internal.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One fake table: its names, columns and alternate keys.
 *
 * @param logicalName such as {@code account}
 * @param entitySetName such as {@code accounts}: the case-sensitive URL segment
 * @param primaryId the id column, such as {@code accountid}
 * @param primaryName the name column, such as {@code name}
 * @param custom true for a custom table (prefix {@code new_})
 * @param attributes the table's own columns; the record puts its id column first and the {@code
 *     createdon} and {@code modifiedon} stamps last
 * @param keys single-column alternate keys usable in {@code accounts(accountnumber='A-1')}
 */
record EntityDef(
    String logicalName,
    String entitySetName,
    String primaryId,
    String primaryName,
    boolean custom,
    List<AttributeDef> attributes,
    List<String> keys) {

  /** Adds the system columns and copies. */
  EntityDef {
    List<AttributeDef> columns = new ArrayList<>();
    columns.add(new AttributeDef(primaryId, "Uniqueidentifier", "SystemRequired", 0, false, null));
    columns.addAll(attributes);
    columns.add(new AttributeDef("createdon", "DateTime", null, 0, true, null));
    columns.add(new AttributeDef("modifiedon", "DateTime", null, 0, true, null));
    attributes = List.copyOf(columns);
    keys = List.copyOf(keys);
  }

  /** The column {@code name} (exact case), if the table has it. */
  Optional<AttributeDef> attribute(String name) {
    return attributes.stream().filter(a -> a.logicalName().equals(name)).findFirst();
  }

  /**
   * The column readable as {@code name} ({@code _x_value} names a lookup, anything else a column),
   * or a 400 like Dataverse's for an unknown property.
   */
  AttributeDef require(String name) {
    return attributes.stream()
        .filter(a -> a.readName().equals(name))
        .findFirst()
        .orElseThrow(() -> ODataException.property(name, logicalName));
  }
}
