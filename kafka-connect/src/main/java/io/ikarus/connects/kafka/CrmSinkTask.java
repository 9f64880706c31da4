package io.ikarus.connects.kafka;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.kafka.internal.Accounts;
import io.ikarus.connects.kafka.internal.CommitTracker;
import io.ikarus.connects.kafka.internal.SinkSettings;
import io.ikarus.connects.kafka.internal.SinkWriter;
import io.ikarus.connects.kafka.internal.Version;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * Writes each batch Connect delivers to the CRM (see {@link CrmSinkConnector}) before {@link #put}
 * returns, and lets {@link #preCommit} commit only offsets whose writes finished. After a retryable
 * CRM failure it asks Connect to wait {@code retry.backoff.ms} and deliver the batch again. Created
 * by the worker.
 */
public class CrmSinkTask extends SinkTask {

  private final Function<Map<String, Object>, CrmConnector> factory;
  private final CommitTracker commits = new CommitTracker();
  private Map<String, CrmConnector> connectors = Map.of();
  private SinkSettings settings;
  private SinkWriter writer;

  /** A task building its connector with {@link CrmConnectors#fromConfig(Map)}. */
  public CrmSinkTask() {
    this(CrmConnectors::fromConfig);
  }

  CrmSinkTask(Function<Map<String, Object>, CrmConnector> factory) {
    this.factory = factory;
  }

  @Override
  public String version() {
    return Version.get();
  }

  @Override
  public void start(Map<String, String> props) {
    settings = SinkSettings.parse(props);
    connectors = Accounts.open(props, List.of("default"), a -> "", factory);
    writer = new SinkWriter(settings, connectors.get("default"), reporter());
  }

  /**
   * Writes the batch.
   *
   * @throws RetriableException after a retryable CRM failure: the batch will be delivered again
   * @throws ConnectException when the CRM refused the whole call or a record failed without a
   *     dead-letter queue
   */
  @Override
  public void put(Collection<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      writer.write(records);
    } catch (RetriableException e) {
      context.timeout(settings.retryBackoff().toMillis());
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectException("interrupted while writing", e);
    }
    commits.finished(records);
  }

  /** Only the offsets of records whose writes finished. */
  @Override
  public Map<TopicPartition, OffsetAndMetadata> preCommit(
      Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
    return commits.safe(currentOffsets);
  }

  @Override
  public void close(Collection<TopicPartition> partitions) {
    commits.closed(partitions);
  }

  @Override
  public void stop() {
    Accounts.closeAll(connectors);
  }

  private ErrantRecordReporter reporter() {
    try {
      return context.errantRecordReporter();
    } catch (NoSuchMethodError | NoClassDefFoundError e) {
      return null; // a worker older than Kafka 2.6 has no dead-letter reporting for sink tasks
    }
  }
}
