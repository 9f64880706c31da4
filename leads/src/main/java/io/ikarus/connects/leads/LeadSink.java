package io.ikarus.connects.leads;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.mapping.FieldMapping;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Where leads are delivered: a CRM through any {@link CrmConnector}, or the host application.
 *
 * <pre>{@code
 * LeadSink sink = LeadSink.crmUpsert(salesforce, "Lead", "External_Id__c",
 *     FieldMapping.fromJson("""
 *         {"LastName": "name", "Phone": "phoneNumber", "Email": "email",
 *          "Company": {"from": "businessName", "default": "Unknown"},
 *          "External_Id__c": "id"}"""));
 * }</pre>
 */
@FunctionalInterface
public interface LeadSink {

  /**
   * Delivers one lead.
   *
   * @return a future of the lead's id in the target; completes exceptionally when the delivery
   *     failed (the pipeline keeps the lead and retries)
   */
  CompletableFuture<String> deliver(Lead lead);

  /** Hands each lead to {@code callback}, whose future gives the id the host stored it under. */
  static LeadSink callback(Function<Lead, CompletableFuture<String>> callback) {
    Objects.requireNonNull(callback, "callback");
    return callback::apply;
  }

  /**
   * Creates a record of {@code object} from {@link Lead#fields()} through {@code mapping}. A create
   * whose answer was lost may be repeated by a retry; prefer {@link #crmUpsert} where the CRM has
   * an external-id field.
   */
  static LeadSink crm(CrmConnector crm, String object, FieldMapping mapping) {
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(mapping, "mapping");
    return lead -> crm.create(object, mapping.apply(lead.fields())).thenApply(CrmRecord::id);
  }

  /**
   * Upserts a record of {@code object} by {@code keyField} (which the mapping should fill from the
   * lead's {@code id}), so that a retried delivery never creates a second record.
   */
  static LeadSink crmUpsert(
      CrmConnector crm, String object, String keyField, FieldMapping mapping) {
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(keyField, "keyField");
    Objects.requireNonNull(mapping, "mapping");
    return lead ->
        crm.upsert(object, keyField, mapping.apply(lead.fields())).thenApply(CrmRecord::id);
  }
}
