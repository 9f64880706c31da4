package io.ikarus.connects.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/** A sink task context with a recording errant record reporter (or none). */
final class TestSinkContext implements SinkTaskContext, ErrantRecordReporter {

  final List<SinkRecord> reported = new ArrayList<>();
  final List<Throwable> errors = new ArrayList<>();
  private final boolean withReporter;
  long timeout = -1;

  TestSinkContext(boolean withReporter) {
    this.withReporter = withReporter;
  }

  @Override
  public Future<Void> report(SinkRecord record, Throwable error) {
    reported.add(record);
    errors.add(error);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public ErrantRecordReporter errantRecordReporter() {
    return withReporter ? this : null;
  }

  @Override
  public void timeout(long timeoutMs) {
    timeout = timeoutMs;
  }

  @Override
  public Map<String, String> configs() {
    return Map.of();
  }

  @Override
  public void offset(Map<TopicPartition, Long> offsets) {}

  @Override
  public void offset(TopicPartition tp, long offset) {}

  @Override
  public Set<TopicPartition> assignment() {
    return Set.of();
  }

  @Override
  public void pause(TopicPartition... partitions) {}

  @Override
  public void resume(TopicPartition... partitions) {}

  @Override
  public void requestCommit() {}

  @Override
  public PluginMetrics pluginMetrics() {
    return null;
  }
}
