package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.spi.Urls;
import java.util.UUID;
import java.util.regex.Pattern;

/** Builds the resource paths of rows: {@code accounts(<guid>)}, {@code accounts(key='v')}. */
public final class Paths {

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Paths() {}

  /** {@code set(<guid>)}; see {@link #guid}. */
  public static String row(String entitySet, String id, String operation) {
    ODataLiterals.name(entitySet, operation);
    if (id == null || !GUID.matcher(id).matches()) {
      // Names the table too: the same mistake on an unknown table must name the object.
      throw new NotFoundException(
          "no row of '" + entitySet + "' has the id '" + id + "': Dataverse ids are GUIDs",
          ErrorContext.of("dynamics", operation));
    }
    return entitySet + "(" + guid(id, operation) + ")";
  }

  /**
   * {@code id} as a lower-case GUID.
   *
   * @throws NotFoundException when {@code id} is not a GUID: no Dataverse row can have it
   */
  public static String guid(String id, String operation) {
    if (id == null || !GUID.matcher(id).matches()) {
      throw new NotFoundException(
          "no row has the id '" + id + "': Dataverse ids are GUIDs",
          ErrorContext.of("dynamics", operation));
    }
    return UUID.fromString(id).toString();
  }

  /** {@code set(keyField=<literal>)}: the row an alternate key names, the value escaped. */
  public static String alternateKey(String entitySet, String keyField, Object value, String op) {
    ODataLiterals.name(entitySet, op);
    ODataLiterals.name(keyField, op);
    return entitySet + "(" + keyField + "=" + Urls.segment(ODataLiterals.literal(value)) + ")";
  }
}
