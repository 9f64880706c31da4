package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a Web API row into a {@link CrmRecord}: id from the primary id, OData annotations off, the
 * row's {@code @odata.etag} as its version.
 */
public final class RecordMapper {

  private RecordMapper() {}

  /** The record of {@code row}; its id is the value of {@code info.primaryId()}. */
  public static CrmRecord toRecord(EntityInfo info, Map<String, Object> row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    row.forEach(
        (k, v) -> {
          if (!k.startsWith("@") && !k.contains("@odata.") && !k.contains("@OData.")) {
            fields.put(k, v);
          }
        });
    Object id = row.get(info.primaryId());
    return new CrmRecord(
        info.entitySetName(),
        id == null ? null : id.toString(),
        fields,
        instant(row.get(ODataQueryWriter.MODIFIED_ON)),
        row.get("@odata.etag") instanceof String etag ? etag : null);
  }

  /** The id inside an {@code OData-EntityId} header value: {@code .../accounts(<guid>)}. */
  public static String idFromEntityUrl(String entityUrl) {
    if (entityUrl == null) {
      return null;
    }
    int open = entityUrl.lastIndexOf('(');
    int close = entityUrl.lastIndexOf(')');
    return open < 0 || close < open ? null : entityUrl.substring(open + 1, close);
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.toString()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
