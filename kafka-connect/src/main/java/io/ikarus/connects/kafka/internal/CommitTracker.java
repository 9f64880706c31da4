package io.ikarus.connects.kafka.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Remembers, per topic partition, the offset after the last record whose write finished (written,
 * superseded within its batch, or reported to the dead-letter queue), so that {@code preCommit}
 * never lets Connect commit past a record the CRM has not taken. Offsets are those of the records
 * as consumed, before any transformation renamed their topic. Used by the task's thread.
 */
public final class CommitTracker {

  private final Map<TopicPartition, Long> finished = new HashMap<>();

  /** Marks every record of a batch as finished. */
  public void finished(Collection<SinkRecord> records) {
    for (SinkRecord r : records) {
      TopicPartition tp = new TopicPartition(r.originalTopic(), r.originalKafkaPartition());
      finished.merge(tp, r.originalKafkaOffset() + 1, Math::max);
    }
  }

  /**
   * The offsets safe to commit: for each partition of {@code current} with finished records, the
   * lower of Connect's offset and the finished one; partitions with none are left out.
   */
  public Map<TopicPartition, OffsetAndMetadata> safe(
      Map<TopicPartition, OffsetAndMetadata> current) {
    Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
    current.forEach(
        (tp, offset) -> {
          Long done = finished.get(tp);
          if (done != null) {
            out.put(tp, new OffsetAndMetadata(Math.min(done, offset.offset()), offset.metadata()));
          }
        });
    return out;
  }

  /** Forgets partitions no longer assigned. */
  public void closed(Collection<TopicPartition> partitions) {
    partitions.forEach(finished::remove);
  }
}
