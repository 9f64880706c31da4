package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.hubspot.internal.dto.HubSpotObject;
import io.ikarus.connects.hubspot.internal.dto.ObjectPage;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The batch read that fetches the records of batch results no key could place, with the properties
 * the inputs sent, so {@link BatchReader#placeByValues} can compare values.
 */
final class ReadBack {

  private ReadBack() {}

  /** {@code batch/read} of the {@code results}' ids (at most one chunk, so at most 100). */
  static ApiRequest request(
      String object, String operation, List<HubSpotObject> results, List<SentInput> inputs) {
    Set<String> names = new TreeSet<>();
    inputs.forEach(in -> names.addAll(in.properties().keySet()));
    List<Map<String, Object>> ids = new ArrayList<>();
    results.forEach(r -> ids.add(Map.of("id", r.id())));
    return ApiRequest.post(ObjectPaths.batch(object, "read"))
        .json(Map.of("properties", List.copyOf(names), "inputs", ids))
        .operation(operation)
        .idempotent(true)
        .build();
  }

  /** Each read-back record's properties by record id. */
  static Map<String, Map<?, ?>> propertiesById(ObjectPage page) {
    Map<String, Map<?, ?>> out = new HashMap<>();
    page.results().forEach(r -> out.put(r.id(), r.properties()));
    return out;
  }
}
