package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.leads.Lead;
import io.ikarus.connects.leads.LeadSource;
import io.ikarus.connects.mapping.MappingException;
import io.ikarus.connects.mapping.Transform;
import io.ikarus.connects.mapping.Transforms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a payload to a {@link Lead}, validates it and normalises it: phone number to E.164 with the
 * source's default country, email lower case, HTML in notes to text. Every failing field is named
 * in one {@link ValidationException}; messages never quote values (personal data).
 */
public final class LeadFactory {

  private static final Transform EMAIL = Transforms.email();
  private final Map<String, Transform> phones = new ConcurrentHashMap<>();

  /**
   * Builds the lead.
   *
   * @throws ValidationException naming every failing field
   */
  public Lead build(
      LeadSource source, Map<String, Object> payload, String id, Instant at, String payloadId) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> f = mapped(source, payload, errors);
    String phone = phone(source, f.get("phoneNumber"), errors);
    String email = email(f.get("email"), errors);
    String country = f.get("country");
    if (country != null && country.length() == 2) {
      country = country.toUpperCase(Locale.ROOT);
    }
    String pincode = f.get("pincode");
    if (pincode != null && !pincode.matches("[A-Za-z0-9 \\-]{3,10}")) {
      errors.add(new FieldError("pincode", "INVALID", "is not a postal code"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(
          "lead from connector " + source.id() + " is invalid",
          ErrorContext.of(source.id(), "lead"),
          errors);
    }
    String from = f.get("source") == null ? source.kind() : f.get("source");
    return new Lead(
        id,
        phone,
        f.get("name"),
        email,
        from,
        f.get("businessName"),
        f.get("addressLine1"),
        f.get("addressLine2"),
        f.get("city"),
        f.get("state"),
        country,
        pincode,
        f.get("externalId"),
        f.get("campaign"),
        f.get("productName"),
        Html.toText(f.get("notes")),
        at,
        source.id(),
        payloadId);
  }

  private static Map<String, String> mapped(
      LeadSource source, Map<String, Object> payload, List<FieldError> errors) {
    Map<String, String> out = new HashMap<>();
    try {
      source.mapping().apply(payload).forEach((k, v) -> out.put(k, text(v)));
    } catch (ValidationException e) {
      errors.addAll(e.fieldErrors());
    } catch (MappingException e) {
      errors.add(new FieldError(e.field(), "MAPPING", "cannot be mapped"));
    }
    return out;
  }

  private String phone(LeadSource source, String raw, List<FieldError> errors) {
    if (raw == null) {
      errors.add(new FieldError("phoneNumber", "REQUIRED", "is required"));
      return null;
    }
    Transform t = phones.computeIfAbsent(source.defaultCountry(), Transforms::phoneE164);
    try {
      return (String) t.apply(raw);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("phoneNumber", "INVALID", e.getMessage()));
      return null;
    }
  }

  private static String email(String raw, List<FieldError> errors) {
    if (raw == null) {
      return null;
    }
    try {
      return (String) EMAIL.apply(raw);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("email", "INVALID", "is not an email address"));
      return null;
    }
  }

  /** Text of a mapped value; blank text is null (sources send "" for absent values). */
  private static String text(Object v) {
    if (v == null) {
      return null;
    }
    Object one = v instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : v;
    String s = one == null ? null : one.toString().strip();
    return s == null || s.isEmpty() ? null : s;
  }
}
