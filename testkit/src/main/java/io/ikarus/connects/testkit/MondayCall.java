package io.ikarus.connects.testkit;

import java.util.List;

/**
 * One GraphQL request the fake executed (answered with HTTP 200), for tests to assert on.
 *
 * @param rootFields the root fields of the operation, aliases resolved to field names, in order
 * @param complexity the priced complexity, or -1 when the request was refused before pricing
 * @param errorCodes the {@code extensions.code} of every error in the response
 * @param body the request body
 */
public record MondayCall(
    List<String> rootFields, long complexity, List<String> errorCodes, String body) {

  /** How many root fields named {@code field} the request had (e.g. aliased create_item). */
  public long count(String field) {
    return rootFields.stream().filter(field::equals).count();
  }
}
