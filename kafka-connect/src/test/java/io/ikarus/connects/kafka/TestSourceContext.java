package io.ikarus.connects.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.source.TransactionContext;

/** A source task context over {@link MemoryOffsets}, recording transaction commits. */
final class TestSourceContext implements SourceTaskContext, TransactionContext {

  final MemoryOffsets offsets;
  final List<SourceRecord> committedAt = new ArrayList<>();

  TestSourceContext(MemoryOffsets offsets) {
    this.offsets = offsets;
  }

  @Override
  public Map<String, String> configs() {
    return Map.of();
  }

  @Override
  public MemoryOffsets offsetStorageReader() {
    return offsets;
  }

  @Override
  public TransactionContext transactionContext() {
    return this;
  }

  @Override
  public PluginMetrics pluginMetrics() {
    return null;
  }

  @Override
  public void commitTransaction() {
    throw new AssertionError("the task commits at a record");
  }

  @Override
  public void commitTransaction(SourceRecord record) {
    committedAt.add(record);
  }

  @Override
  public void abortTransaction() {
    throw new AssertionError("nothing to abort");
  }

  @Override
  public void abortTransaction(SourceRecord record) {
    throw new AssertionError("nothing to abort");
  }
}
