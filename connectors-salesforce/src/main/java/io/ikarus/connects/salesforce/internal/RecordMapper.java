package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Salesforce JSON rows to {@link CrmRecord}s: drops the {@code attributes} entries (also
 * of related records), takes the id from {@code Id} and the modification time from {@code
 * SystemModstamp} (else {@code LastModifiedDate}); that stamp, as Salesforce wrote it, is also the
 * record's version for a conditional update. SystemModstamp is never older than LastModifiedDate,
 * so a condition on it is never refused for a change the record already had when read.
 */
public final class RecordMapper {

  private RecordMapper() {}

  /** Converts one row of {@code object}. */
  public static CrmRecord toRecord(String object, Map<String, Object> row) {
    Map<String, Object> fields = strip(row);
    Object id = fields.get("Id");
    Object stamp = fields.getOrDefault(SalesforceNames.MODSTAMP, fields.get("LastModifiedDate"));
    return new CrmRecord(
        object,
        id == null ? null : id.toString(),
        fields,
        stamp instanceof String s ? SalesforceTime.parse(s) : null,
        stamp instanceof String s ? s : null);
  }

  /** Converts every row of a page. */
  public static List<CrmRecord> toRecords(String object, List<Map<String, Object>> rows) {
    return rows.stream().map(r -> toRecord(object, r)).toList();
  }

  private static Map<String, Object> strip(Map<?, ?> row) {
    Map<String, Object> out = new LinkedHashMap<>(row.size());
    for (Map.Entry<?, ?> e : row.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (key.equals("attributes")) {
        continue;
      }
      Object v = e.getValue();
      out.put(key, v instanceof Map<?, ?> m ? strip(m) : v);
    }
    return out;
  }
}
