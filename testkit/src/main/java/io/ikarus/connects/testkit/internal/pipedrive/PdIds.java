package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.internal.IdSource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Pipedrive ids: integers counted per entity from 1, and UUID strings for leads. */
final class PdIds implements IdSource {

  private static final long GENERATED_BASE = 1_000_000_000L;

  private final Map<String, Long> next = new HashMap<>();

  @Override
  public synchronized String newId(String type) {
    if (type.equals(PdEntity.LEADS.path())) {
      return UUID.randomUUID().toString();
    }
    long id = next.merge(type, 1L, Long::sum);
    return Long.toString(id);
  }

  @Override
  public String generatedId(String type, long index) {
    return type.equals(PdEntity.LEADS.path())
        ? new UUID(GENERATED_BASE, index).toString()
        : Long.toString(GENERATED_BASE + index);
  }
}
