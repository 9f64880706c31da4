package io.ikarus.connects.testkit.internal.pipedrive;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of each entity: the standard ones and the company's custom fields, whose keys are
 * random 40-character lower-case hex hashes (different in every fake, as in every company). Leads
 * share the deal fields. Deleted custom fields disappear and are silently ignored in writes.
 */
final class PdSchema {

  private final SecureRandom random = new SecureRandom();
  private final Map<PdEntity, Map<String, PdField>> custom = new EnumMap<>(PdEntity.class);
  private long nextId = 9000;
  private long nextOptionId = 100;

  /** Adds a custom field and returns it; {@code options} are labels for enum and set fields. */
  PdField addCustom(PdEntity entity, String name, String type, List<String> options) {
    if (!PdCustomTypes.exists(type)) {
      throw PdFailure.badRequest("Invalid field_type: " + type);
    }
    List<PdField.PdOption> opts = new ArrayList<>();
    for (String label : options) {
      opts.add(new PdField.PdOption(nextOptionId++, label));
    }
    byte[] bytes = new byte[20];
    random.nextBytes(bytes);
    PdField field =
        new PdField(nextId++, HexFormat.of().formatHex(bytes), name, type, true, List.copyOf(opts));
    customOf(entity).put(field.key(), field);
    return field;
  }

  /** Deletes a custom field; returns false when there is none with {@code key}. */
  boolean deleteCustom(PdEntity entity, String key) {
    return customOf(entity).remove(key) != null;
  }

  /** The live custom field with {@code key}, if any. */
  Optional<PdField> custom(PdEntity entity, String key) {
    return Optional.ofNullable(customOf(entity).get(key));
  }

  /** Every field of {@code entity}: standard ones first, then custom ones in creation order. */
  List<PdField> fields(PdEntity entity) {
    List<PdField> all = new ArrayList<>();
    long id = 1;
    all.add(new PdField(id++, "id", "ID", "int", false, List.of()));
    for (Map.Entry<String, PdType> e : new java.util.TreeMap<>(entity.standard()).entrySet()) {
      all.add(
          new PdField(
              id++, e.getKey(), label(e.getKey()), e.getValue().fieldType(), false, List.of()));
    }
    all.add(new PdField(id++, "add_time", "Created", "date", false, List.of()));
    all.add(new PdField(id, "update_time", "Update time", "date", false, List.of()));
    all.addAll(customOf(entity).values());
    return all;
  }

  private Map<String, PdField> customOf(PdEntity entity) {
    PdEntity owner = entity == PdEntity.LEADS ? PdEntity.DEALS : entity;
    return custom.computeIfAbsent(owner, e -> new LinkedHashMap<>());
  }

  private static String label(String key) {
    String spaced = key.replace("_id", "").replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
