package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ikarus.connects.testkit.FakeResponse;

/** Thrown inside the fake to answer with an error body; never escapes the fake. */
public final class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String category;
  private final transient ArrayNode errors;

  /** A 400 {@code VALIDATION_ERROR}. */
  public BadRequest(String message) {
    this(400, "VALIDATION_ERROR", message, null);
  }

  /** Any status and category (null: none), without detail errors. */
  public BadRequest(int status, String category, String message) {
    this(status, category, message, null);
  }

  /** Any status and category, with optional detail errors. */
  public BadRequest(int status, String category, String message, ArrayNode errors) {
    super(message, null, false, false);
    this.status = status;
    this.category = category;
    this.errors = errors;
  }

  /** The HubSpot error category, or null. */
  String category() {
    return category;
  }

  /** The detail errors, or null. */
  ArrayNode errors() {
    return errors;
  }

  /** The error as HubSpot's JSON body. */
  public FakeResponse reply() {
    return FakeResponse.json(status, Wire.errorBody(category, getMessage(), errors));
  }
}
