package io.ikarus.connects.leads;

import io.ikarus.connects.mapping.FieldMapping;

/** The settings part of the ready-made sources: id, kind, default country, mapping. */
public abstract class AbstractLeadSource implements LeadSource {

  private final String id;
  private final String kind;
  private final String country;
  private final FieldMapping mapping;
  private final String scope;

  AbstractLeadSource(LeadSourceBuilder<?> b) {
    this.id = b.id;
    this.kind = b.kind;
    this.country = b.country;
    this.mapping = b.mapping;
    this.scope = b.scope == null ? b.id : b.scope;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String defaultCountry() {
    return country;
  }

  @Override
  public String dedupScope() {
    return scope;
  }

  @Override
  public FieldMapping mapping() {
    return mapping;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }
}
