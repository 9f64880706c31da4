package io.ikarus.connects.testkit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * One field of an {@link SObjectSchema}, with the describe properties the fake enforces on writes.
 * Immutable; build with {@link #builder(String, SObjectFieldType)}, e.g. {@code
 * SObjectField.builder("Email", SObjectFieldType.EMAIL).length(80).build()}.
 *
 * @param name the API name, e.g. {@code "LastName"}
 * @param type the type
 * @param label the label (the name unless set)
 * @param length the maximum text length (0 for non-text types)
 * @param nillable true when the field may be null
 * @param createable true when the field may be set on create
 * @param updateable true when the field may be set on update
 * @param externalId true when the field is flagged External ID (usable for upsert)
 * @param idLookup true when the field identifies records (external ids and a few standard fields)
 * @param unique true when no two live records may share a value (case-insensitive)
 * @param defaultedOnCreate true when the server fills the field on create when it is not given
 * @param defaultValue the value filled on create, or null (describe writes it in its wire form)
 * @param picklistValues the picklist values (empty for other types)
 * @param referenceTo the object types a reference may point to
 */
public record SObjectField(
    String name,
    SObjectFieldType type,
    String label,
    int length,
    boolean nillable,
    boolean createable,
    boolean updateable,
    boolean externalId,
    boolean idLookup,
    boolean unique,
    boolean defaultedOnCreate,
    @JsonIgnore Object defaultValue,
    List<String> picklistValues,
    List<String> referenceTo) {

  /**
   * Checks and copies; an external id is always an id lookup, a missing label is the name and
   * missing lists are empty.
   */
  public SObjectField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    label = label == null ? name : label;
    idLookup = idLookup || externalId;
    picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
    referenceTo = referenceTo == null ? List.of() : List.copyOf(referenceTo);
  }

  /** Starts a field: nillable, createable and updateable unless told otherwise. */
  public static Builder builder(String name, SObjectFieldType type) {
    return new Builder(name, type);
  }

  /** True when a create must give a value: not nillable, createable, not defaulted. */
  public boolean requiredOnCreate() {
    return !nillable && createable && !defaultedOnCreate;
  }

  @Override
  public String toString() {
    return name + ":" + type.wireName();
  }

  /** Builds an {@link SObjectField}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final SObjectFieldType type;
    private String label;
    private int length;
    private boolean nillable = true;
    private boolean createable = true;
    private boolean updateable = true;
    private boolean externalId;
    private boolean idLookup;
    private boolean unique;
    private boolean defaultedOnCreate;
    private Object defaultValue;
    private List<String> picklistValues = List.of();
    private List<String> referenceTo = List.of();

    private Builder(String name, SObjectFieldType type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
      this.length =
          switch (type) {
            case ID -> 18;
            case TEXTAREA -> 32_000;
            default -> type.isText() ? 255 : 0;
          };
    }

    /** Sets the label. */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Sets the maximum text length. */
    public Builder length(int length) {
      this.length = length;
      return this;
    }

    /** Makes the field required on create (not nillable). */
    public Builder required() {
      this.nillable = false;
      return this;
    }

    /** Makes the field read-only: neither createable nor updateable. */
    public Builder readOnly() {
      this.createable = false;
      this.updateable = false;
      return this;
    }

    /** Flags the field External ID (and idLookup). */
    public Builder externalId() {
      this.externalId = true;
      return this;
    }

    /** Flags the field idLookup without being an external id. */
    public Builder idLookup() {
      this.idLookup = true;
      return this;
    }

    /** Makes values unique across live records. */
    public Builder unique() {
      this.unique = true;
      return this;
    }

    /** Fills {@code value} on create when the field is not given. */
    public Builder defaultOnCreate(Object value) {
      this.defaultedOnCreate = true;
      this.defaultValue = value;
      return this;
    }

    /** Sets the picklist values. */
    public Builder picklist(String... values) {
      this.picklistValues = List.of(values);
      return this;
    }

    /** Sets the object types a reference points to. */
    public Builder referenceTo(String... types) {
      this.referenceTo = List.of(types);
      return this;
    }

    /** Builds the field. */
    public SObjectField build() {
      return new SObjectField(
          name,
          type,
          label,
          length,
          nillable,
          createable,
          updateable,
          externalId,
          idLookup,
          unique,
          defaultedOnCreate,
          defaultValue,
          picklistValues,
          referenceTo);
    }
  }
}
