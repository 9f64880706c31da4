package io.ikarus.connects.leads.internal.jdbc;

import io.ikarus.connects.leads.Lead;
import io.ikarus.connects.spi.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Lead} as JSON text, for the retry queue's rows. */
final class LeadJson {

  private LeadJson() {}

  static String write(Lead lead) {
    Map<String, Object> m = new LinkedHashMap<>(lead.fields());
    m.put("rawPayloadId", lead.rawPayloadId());
    return Json.write(m);
  }

  static Lead read(String json) {
    Map<String, Object> m = Json.parseObject(json);
    return new Lead(
        s(m, "id"),
        s(m, "phoneNumber"),
        s(m, "name"),
        s(m, "email"),
        s(m, "source"),
        s(m, "businessName"),
        s(m, "addressLine1"),
        s(m, "addressLine2"),
        s(m, "city"),
        s(m, "state"),
        s(m, "country"),
        s(m, "pincode"),
        s(m, "externalId"),
        s(m, "campaign"),
        s(m, "productName"),
        s(m, "notes"),
        Instant.parse(s(m, "receivedAt")),
        s(m, "connectorId"),
        s(m, "rawPayloadId"));
  }

  private static String s(Map<String, Object> m, String k) {
    Object v = m.get(k);
    return v == null ? null : v.toString();
  }
}
