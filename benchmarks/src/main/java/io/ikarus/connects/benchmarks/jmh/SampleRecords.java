package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records and the mapping the micro-benchmarks share: a typical 20-field lead or contact. */
final class SampleRecords {

  private SampleRecords() {}

  /** A web-form lead with 20 fields, as untidy as real form input, numbered by {@code i}. */
  static Map<String, Object> lead(int i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", "  Ada.Lovelace" + i + "@Example.COM ");
    m.put("full_name", "ada king LOVELACE");
    m.put("phone", "(415) 555-" + String.format("%04d", i % 10_000));
    m.put("company", "analytical engines ltd");
    m.put("title", "  Head of Computing ");
    m.put("street", "12 St James's Square");
    m.put("address", Map.of("city", "london", "zip", "SW1Y 4JH", "country", "gb"));
    m.put("signed_up", "2024-03-0" + (1 + i % 9) + "T10:15:30Z");
    m.put("employees", "1250");
    m.put("revenue", "1234567.89");
    m.put("opt_in", "yes");
    m.put("status", "new");
    m.put("source", "webinar");
    m.put("score", "87");
    m.put("website", " https://example.com ");
    m.put("notes", "Wants a demo\nnext week");
    m.put("industry", "technology");
    m.put("lead_id", "L-" + i);
    m.put("referrer", null);
    m.put("campaign", "spring-2024");
    return m;
  }

  /** A 20-rule mapping with the transforms integrations use most. */
  static FieldMapping mapping() {
    return FieldMapping.builder()
        .map("Email", "email", Transforms.email())
        .map("FirstName", "full_name", Transforms.firstName().andThen(Transforms.titleCase()))
        .map("LastName", "full_name", Transforms.lastName().andThen(Transforms.titleCase()))
        .map("Phone", "phone", Transforms.phoneE164("US"))
        .map("Company", "company", Transforms.titleCase())
        .map("Title", "title", Transforms.trim())
        .map("Street", "street")
        .map("City", "address.city", Transforms.titleCase())
        .map("PostalCode", "address.zip", Transforms.trim())
        .map("Country", "address.country", Transforms.upper())
        .map("SignedUpAt", "signed_up", Transforms.dateTime("iso", "epoch_millis"))
        .map("NumberOfEmployees", "employees", Transforms.toInteger())
        .map("AnnualRevenue", "revenue", Transforms.toNumber())
        .map("HasOptedIn", "opt_in", Transforms.toBoolean())
        .map("Status", "status", Transforms.valueMap(Map.of("new", "Open", "won", "Closed")))
        .map("LeadSource", "source", Transforms.upper())
        .map("Rating", "score", Transforms.toInteger())
        .map("Website", "website", Transforms.trim().andThen(Transforms.lower()))
        .map("ExternalId", "lead_id")
        .map("Referrer", "referrer", Transforms.defaultValue("direct"))
        .required("Email", "LastName")
        .build();
  }

  /** {@code count} leads. */
  static List<Map<String, Object>> leads(int count) {
    List<Map<String, Object>> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(lead(i));
    }
    return list;
  }
}
