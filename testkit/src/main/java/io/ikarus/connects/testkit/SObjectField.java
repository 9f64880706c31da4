package io.ikarus.connects.testkit;

import java.util.List;
import java.util.Objects;

/**
 * One field of an {@link SObjectSchema}, with the describe properties the fake enforces on writes.
 * Immutable; build with {@link #builder(String, SObjectFieldType)}, e.g. {@code
 * SObjectField.builder("Email", SObjectFieldType.EMAIL).length(80).build()}.
 */
public final class SObjectField {

  private final String name;
  private final SObjectFieldType type;
  private final String label;
  private final int length;
  private final boolean nillable;
  private final boolean createable;
  private final boolean updateable;
  private final boolean externalId;
  private final boolean idLookup;
  private final boolean unique;
  private final boolean defaultedOnCreate;
  private final Object defaultValue;
  private final List<String> picklistValues;
  private final List<String> referenceTo;

  private SObjectField(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.label = b.label == null ? b.name : b.label;
    this.length = b.length;
    this.nillable = b.nillable;
    this.createable = b.createable;
    this.updateable = b.updateable;
    this.externalId = b.externalId;
    this.idLookup = b.idLookup || b.externalId;
    this.unique = b.unique;
    this.defaultedOnCreate = b.defaultedOnCreate;
    this.defaultValue = b.defaultValue;
    this.picklistValues = List.copyOf(b.picklistValues);
    this.referenceTo = List.copyOf(b.referenceTo);
  }

  /** Starts a field: nillable, createable and updateable unless told otherwise. */
  public static Builder builder(String name, SObjectFieldType type) {
    return new Builder(name, type);
  }

  /** The API name, e.g. {@code "LastName"}. */
  public String name() {
    return name;
  }

  /** The type. */
  public SObjectFieldType type() {
    return type;
  }

  /** The label (the name unless set). */
  public String label() {
    return label;
  }

  /** The maximum text length (0 for non-text types). */
  public int length() {
    return length;
  }

  /** True when the field may be null. */
  public boolean nillable() {
    return nillable;
  }

  /** True when the field may be set on create. */
  public boolean createable() {
    return createable;
  }

  /** True when the field may be set on update. */
  public boolean updateable() {
    return updateable;
  }

  /** True when the field is flagged External ID (usable for upsert). */
  public boolean externalId() {
    return externalId;
  }

  /** True when the field identifies records (external ids and a few standard fields). */
  public boolean idLookup() {
    return idLookup;
  }

  /** True when no two live records may share a value (case-insensitive). */
  public boolean unique() {
    return unique;
  }

  /** True when the server fills the field on create when it is not given. */
  public boolean defaultedOnCreate() {
    return defaultedOnCreate;
  }

  /** The value filled on create, or null. */
  public Object defaultValue() {
    return defaultValue;
  }

  /** The picklist values (empty for other types). */
  public List<String> picklistValues() {
    return picklistValues;
  }

  /** The object types a reference may point to. */
  public List<String> referenceTo() {
    return referenceTo;
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
      this.length = type.isText() ? (type == SObjectFieldType.ID ? 18 : 255) : 0;
      if (type == SObjectFieldType.TEXTAREA) {
        this.length = 32_000;
      }
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

    /** Makes the field settable on create only. */
    public Builder createOnly() {
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
      return new SObjectField(this);
    }
  }
}
