package io.ikarus.connects.internal.memory;

import io.ikarus.connects.CrmRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The records of one object type and their change log. Each write is stamped with a sequence number
 * from the owning {@link MemoryDatabase}; the log keeps only the latest change of each id, so a
 * reader from any sequence sees every record's latest state exactly once. Not thread-safe: the
 * database serialises access.
 */
final class MemoryTable {

  /** One change: the record's latest state, or null for a deletion. */
  record Change(String id, CrmRecord record) {}

  private final Map<String, CrmRecord> records = new LinkedHashMap<>();
  private final TreeMap<Long, Change> log = new TreeMap<>();
  private final Map<String, Long> lastSequence = new HashMap<>();

  CrmRecord get(String id) {
    return records.get(id);
  }

  List<CrmRecord> all() {
    return new ArrayList<>(records.values());
  }

  void put(CrmRecord record, long sequence) {
    records.put(record.id(), record);
    log(record.id(), record, sequence);
  }

  CrmRecord remove(String id, long sequence) {
    CrmRecord removed = records.remove(id);
    if (removed != null) {
      log(id, null, sequence);
    }
    return removed;
  }

  /** Up to {@code max} changes after {@code sequence}, oldest first, keyed by their sequence. */
  NavigableMap<Long, Change> changesAfter(long sequence, int max) {
    TreeMap<Long, Change> slice = new TreeMap<>();
    for (Map.Entry<Long, Change> e : log.tailMap(sequence, false).entrySet()) {
      if (slice.size() == max) {
        break;
      }
      slice.put(e.getKey(), e.getValue());
    }
    return slice;
  }

  boolean hasChangesAfter(long sequence) {
    return log.higherKey(sequence) != null;
  }

  private void log(String id, CrmRecord record, long sequence) {
    Long previous = lastSequence.put(id, sequence);
    if (previous != null) {
      log.remove(previous);
    }
    log.put(sequence, new Change(id, record));
  }
}
