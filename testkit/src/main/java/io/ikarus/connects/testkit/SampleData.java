package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A few realistic Accounts, Contacts and Leads for demos and manual sessions. */
final class SampleData {

  /** One record of {@code salesforce/sample.json}, with the Contacts of an Account. */
  private record SampleRow(
      String object, Map<String, Object> fields, List<Map<String, Object>> contacts) {
    SampleRow {
      contacts = contacts == null ? List.of() : contacts;
    }
  }

  private SampleData() {}

  static void seed(FakeSalesforce sf) {
    String path = "/io/ikarus/connects/testkit/salesforce/sample.json";
    for (SampleRow row : Json.resource(path, new TypeReference<List<SampleRow>>() {})) {
      String id = sf.insert(row.object(), row.fields());
      for (Map<String, Object> contact : row.contacts()) {
        Map<String, Object> fields = new LinkedHashMap<>(contact);
        fields.put("AccountId", id);
        sf.insert("Contact", fields);
      }
    }
  }
}
