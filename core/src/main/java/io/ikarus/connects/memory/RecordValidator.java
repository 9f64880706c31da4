package io.ikarus.connects.memory;

import io.ikarus.connects.error.FieldError;
import java.util.List;
import java.util.Map;

/**
 * Decides whether an {@link InMemoryConnector} accepts a record, so tests can make chosen records
 * fail the way a vendor's validation would. A refused record fails with a {@link
 * io.ikarus.connects.error.ValidationException} carrying the returned errors; in a batch, only that
 * record fails.
 */
@FunctionalInterface
public interface RecordValidator {

  /** Accepts every record. */
  RecordValidator ACCEPT_ALL = (object, id, fields) -> List.of();

  /**
   * Checks a record about to be written.
   *
   * @param object the object type
   * @param id the record's id, or null for a create
   * @param fields the fields being written (for an update, only the changed ones)
   * @return the errors; empty to accept the record
   */
  List<FieldError> validate(String object, String id, Map<String, Object> fields);
}
