package io.ikarus.connects.mapping;

/** What a {@link FieldMapping} does with source fields that no rule reads. */
public enum UnmappedFields {
  /** Leave them out of the result (the default). */
  DROP,
  /** Copy them to the result under the same name, unless a rule already wrote that name. */
  PASS_THROUGH,
  /** Refuse the record, naming each unmapped field. */
  REJECT
}
