package io.ikarus.connects.kafka.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * What one batch of sink records asks of the CRM: per key, only the last operation (a later upsert
 * or tombstone supersedes an earlier one, so a batch never names a key twice, which batch APIs
 * refuse), and the records that cannot be written at all (bad key, value or mapping).
 */
final class SinkPlan {

  /** An upsert: the record, its key and the mapped target fields (the key field included). */
  record Upsert(SinkRecord record, String key, Map<String, Object> fields) {}

  /** A record that cannot be written, and why. */
  record Failure(SinkRecord record, RuntimeException error) {}

  final Map<String, Upsert> upserts = new LinkedHashMap<>();
  final Map<String, SinkRecord> deletes = new LinkedHashMap<>();
  final List<Failure> failures = new ArrayList<>();

  private SinkPlan() {}

  /** Plans {@code records}, in order. */
  static SinkPlan of(Collection<SinkRecord> records, SinkSettings settings) {
    SinkPlan plan = new SinkPlan();
    for (SinkRecord r : records) {
      try {
        plan.add(r, settings);
      } catch (RuntimeException e) {
        plan.failures.add(new Failure(r, e));
      }
    }
    return plan;
  }

  private void add(SinkRecord r, SinkSettings settings) {
    String key = SinkValues.key(r);
    if (r.value() == null) {
      if (settings.deletes()) {
        upserts.remove(key);
        deletes.remove(key);
        deletes.put(key, r);
      }
      return;
    }
    Map<String, Object> fields =
        new LinkedHashMap<>(settings.mapping().apply(SinkValues.fields(r)));
    fields.put(settings.keyField(), key);
    deletes.remove(key);
    upserts.remove(key);
    upserts.put(key, new Upsert(r, key, fields));
  }
}
