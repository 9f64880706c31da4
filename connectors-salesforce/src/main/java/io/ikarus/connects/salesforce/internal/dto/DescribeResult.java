package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The parts of {@code GET /sobjects/{object}/describe/} the connector uses.
 *
 * @param name the object's API name
 * @param label its label
 * @param fields its fields, in Salesforce's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeResult(String name, String label, List<Field> fields) {

  /** Normalises absent lists. */
  public DescribeResult {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /**
   * One field's description.
   *
   * @param name API name
   * @param label label
   * @param type Salesforce type name ({@code string}, {@code picklist}, {@code reference}...)
   * @param nillable may hold null
   * @param createable may be set on create
   * @param updateable may be changed on update
   * @param defaultedOnCreate Salesforce supplies a value when none is given
   * @param externalId flagged External ID (may key an upsert)
   * @param idLookup may identify a record in an upsert ({@code Id}, some name fields)
   * @param picklistValues the allowed values of a picklist
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Field(
      String name,
      String label,
      String type,
      boolean nillable,
      boolean createable,
      boolean updateable,
      boolean defaultedOnCreate,
      boolean externalId,
      boolean idLookup,
      List<PicklistValue> picklistValues) {

    /** Normalises absent lists. */
    public Field {
      picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
    }
  }

  /**
   * One picklist entry.
   *
   * @param value the stored value
   * @param label the shown label
   * @param active whether it may be chosen now
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PicklistValue(String value, String label, boolean active) {}
}
