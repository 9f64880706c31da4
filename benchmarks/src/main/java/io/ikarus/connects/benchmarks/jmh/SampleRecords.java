package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transform;
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

  /** One rule of the benchmark mapping: a target field, its source path and its transform. */
  record Rule(String target, String source, Transform transform) {}

  /** The 20 rules of {@link #mapping()}, with the transforms integrations use most. */
  static List<Rule> rules() {
    return List.of(
        new Rule("Email", "email", Transforms.email()),
        new Rule("FirstName", "full_name", Transforms.firstName().andThen(Transforms.titleCase())),
        new Rule("LastName", "full_name", Transforms.lastName().andThen(Transforms.titleCase())),
        new Rule("Phone", "phone", Transforms.phoneE164("US")),
        new Rule("Company", "company", Transforms.titleCase()),
        new Rule("Title", "title", Transforms.trim()),
        new Rule("Street", "street", Transform.identity()),
        new Rule("City", "address.city", Transforms.titleCase()),
        new Rule("PostalCode", "address.zip", Transforms.trim()),
        new Rule("Country", "address.country", Transforms.upper()),
        new Rule("SignedUpAt", "signed_up", Transforms.dateTime("iso", "epoch_millis")),
        new Rule("NumberOfEmployees", "employees", Transforms.toInteger()),
        new Rule("AnnualRevenue", "revenue", Transforms.toNumber()),
        new Rule("HasOptedIn", "opt_in", Transforms.toBoolean()),
        new Rule("Status", "status", Transforms.valueMap(Map.of("new", "Open", "won", "Closed"))),
        new Rule("LeadSource", "source", Transforms.upper()),
        new Rule("Rating", "score", Transforms.toInteger()),
        new Rule("Website", "website", Transforms.trim().andThen(Transforms.lower())),
        new Rule("ExternalId", "lead_id", Transform.identity()),
        new Rule("Referrer", "referrer", Transforms.defaultValue("direct")));
  }

  /** A 20-rule mapping with the transforms integrations use most; Email and LastName required. */
  static FieldMapping mapping() {
    FieldMapping.Builder b = FieldMapping.builder();
    rules().forEach(r -> b.map(r.target(), r.source(), r.transform()));
    return b.required("Email", "LastName").build();
  }

  /** A mapping of {@code rules} only, none required. */
  static FieldMapping mappingOf(List<Rule> rules) {
    FieldMapping.Builder b = FieldMapping.builder();
    rules.forEach(r -> b.map(r.target(), r.source(), r.transform()));
    return b.build();
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
