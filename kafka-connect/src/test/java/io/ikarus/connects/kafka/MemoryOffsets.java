package io.ikarus.connects.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** An in-memory offset store: what Connect would have committed, readable by a new task. */
final class MemoryOffsets implements OffsetStorageReader {

  private final Map<Map<String, ?>, Map<String, Object>> offsets = new HashMap<>();

  /** Commits the offsets of {@code records}, as Connect does once they are acknowledged. */
  @SuppressWarnings("unchecked")
  void commit(List<SourceRecord> records) {
    for (SourceRecord r : records) {
      offsets.put(r.sourcePartition(), (Map<String, Object>) r.sourceOffset());
    }
  }

  @Override
  public <T> Map<String, Object> offset(Map<String, T> partition) {
    return offsets.get(partition);
  }

  @Override
  public <T> Map<Map<String, T>, Map<String, Object>> offsets(
      Collection<Map<String, T>> partitions) {
    Map<Map<String, T>, Map<String, Object>> out = new HashMap<>();
    for (Map<String, T> p : partitions) {
      if (offsets.containsKey(p)) {
        out.put(p, offsets.get(p));
      }
    }
    return out;
  }
}
