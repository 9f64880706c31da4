package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A page of associations v4 ({@code GET .../associations/{toObject}}).
 *
 * @param results the associated records; empty when absent
 * @param paging where the next page starts, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssociationPage(List<Associated> results, Paging paging) {

  /** Normalises an absent list. */
  public AssociationPage {
    results = results == null ? List.of() : results;
  }

  /**
   * One associated record.
   *
   * @param toObjectId the associated record's id
   * @param associationTypes the association types (labels) between the two; empty when absent
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Associated(String toObjectId, List<Type> associationTypes) {

    /** Normalises an absent list. */
    public Associated {
      associationTypes = associationTypes == null ? List.of() : associationTypes;
    }
  }

  /**
   * One association type.
   *
   * @param category {@code HUBSPOT_DEFINED}, {@code USER_DEFINED} or {@code INTEGRATOR_DEFINED}
   * @param typeId the type id
   * @param label the label, or null for the unlabelled association
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Type(String category, int typeId, String label) {}
}
