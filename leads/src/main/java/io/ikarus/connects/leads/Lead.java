package io.ikarus.connects.leads;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lead after mapping, validation and normalisation: the phone number in E.164, the email address
 * trimmed and lower case. Immutable; {@link #toString()} leaves out personal data.
 *
 * @param id the lead's id in this SDK (also the id a duplicate delivery is answered with)
 * @param phoneNumber E.164 phone number; never null
 * @param name the person's name; may be null (as may every field below unless noted)
 * @param email lower-case email address
 * @param source where the lead says it came from (an ad name, a campaign label, the source kind)
 * @param businessName company name
 * @param addressLine1 first address line
 * @param addressLine2 second address line
 * @param city city
 * @param state state or region
 * @param country ISO 3166 alpha-2 country code or country name as sent
 * @param pincode postal code
 * @param externalId the lead's id at the source (Meta leadgen id, IndiaMART UNIQUE_QUERY_ID, ...)
 * @param campaign campaign name or id
 * @param productName product asked about
 * @param notes the enquiry text, HTML turned into plain text
 * @param receivedAt when the SDK received it; never null
 * @param connectorId the id of the lead source connector it came through; never null
 * @param rawPayloadId the id of the raw payload kept for audit; may be null when none was kept
 */
public record Lead(
    String id,
    String phoneNumber,
    String name,
    String email,
    String source,
    String businessName,
    String addressLine1,
    String addressLine2,
    String city,
    String state,
    String country,
    String pincode,
    String externalId,
    String campaign,
    String productName,
    String notes,
    Instant receivedAt,
    String connectorId,
    String rawPayloadId) {

  /** The names of the fields a source mapping may write, in {@link #fields()} order. */
  public static final List<String> FIELDS =
      List.of(
          "phoneNumber",
          "name",
          "email",
          "source",
          "businessName",
          "addressLine1",
          "addressLine2",
          "city",
          "state",
          "country",
          "pincode",
          "externalId",
          "campaign",
          "productName",
          "notes");

  /** Validates the fields that are never null. */
  public Lead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(connectorId, "connectorId");
  }

  /**
   * The lead as a field map (the names of {@link #FIELDS} plus {@code id}, {@code receivedAt} and
   * {@code connectorId}), the input of a sink's CRM mapping. Null values are kept.
   */
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    Object[] values = {
      phoneNumber,
      name,
      email,
      source,
      businessName,
      addressLine1,
      addressLine2,
      city,
      state,
      country,
      pincode,
      externalId,
      campaign,
      productName,
      notes
    };
    for (int i = 0; i < values.length; i++) {
      m.put(FIELDS.get(i), values[i]);
    }
    m.put("id", id);
    m.put("receivedAt", receivedAt.toString());
    m.put("connectorId", connectorId);
    return Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "Lead[id=" + id + ", connector=" + connectorId + ", externalId=" + externalId + "]";
  }
}
