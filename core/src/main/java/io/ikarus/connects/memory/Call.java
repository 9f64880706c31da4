package io.ikarus.connects.memory;

/**
 * One call made to an {@link InMemoryConnector}, as kept in its {@linkplain
 * InMemoryConnector#journal() journal}. A batch split into several chunks is journaled as one call
 * per chunk, as a vendor connector would make one request per chunk.
 *
 * @param sequence the call's number on its connector, from 1
 * @param operation the operation: {@code create}, {@code get}, {@code update}, {@code delete},
 *     {@code upsert}, {@code createAll}, {@code updateAll}, {@code upsertAll}, {@code deleteAll},
 *     {@code query}, {@code changesSince}, {@code describe}
 * @param object the object type the call addressed
 * @param records the number of records the call carried (0 for reads)
 */
public record Call(long sequence, String operation, String object, int records) {

  /** True for the operations that change data. */
  public boolean isWrite() {
    return switch (operation) {
      case "create",
          "update",
          "delete",
          "upsert",
          "createAll",
          "updateAll",
          "upsertAll",
          "deleteAll" ->
          true;
      default -> false;
    };
  }
}
