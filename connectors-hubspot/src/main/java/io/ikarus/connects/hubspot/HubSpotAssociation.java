package io.ikarus.connects.hubspot;

import java.util.List;
import java.util.Objects;

/**
 * One record associated with another, as the associations v4 API lists it.
 *
 * @param toId the associated record's id
 * @param types the association types linking the two (an unlabelled default, labels)
 */
public record HubSpotAssociation(String toId, List<Type> types) {

  /**
   * One association type.
   *
   * @param category {@code HUBSPOT_DEFINED}, {@code USER_DEFINED} or {@code INTEGRATOR_DEFINED}
   * @param typeId the association type id (directional: contact→company differs from
   *     company→contact)
   * @param label the label, or null for the unlabelled default
   */
  public record Type(String category, int typeId, String label) {}

  /** Validates and copies. */
  public HubSpotAssociation {
    Objects.requireNonNull(toId, "toId");
    types = List.copyOf(types);
  }
}
