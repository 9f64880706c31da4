package io.ikarus.connects.kafka;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.kafka.internal.Accounts;
import io.ikarus.connects.kafka.internal.SourcePoller;
import io.ikarus.connects.kafka.internal.SourceSettings;
import io.ikarus.connects.kafka.internal.Stream;
import io.ikarus.connects.kafka.internal.TaskPlan;
import io.ikarus.connects.kafka.internal.Version;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.source.TransactionContext;

/**
 * Reads the changes of its accounts' objects through {@code changesSince} and hands them to Kafka
 * Connect, one page per {@link #poll()}; see {@link CrmSourceConnector} for records and offsets.
 * When the connector defines transaction boundaries ({@code transaction.boundary=connector} with
 * exactly-once support), each poll's page is committed as one transaction. Created by the worker.
 */
public class CrmSourceTask extends SourceTask {

  /** Waits for a duration unless the task stops first. */
  interface Sleeper {
    /** Waits up to {@code wait}. */
    void sleep(Duration wait) throws InterruptedException;
  }

  private final Function<Map<String, Object>, CrmConnector> factory;
  private final Clock clock;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final Sleeper sleeper;
  private Map<String, CrmConnector> connectors = Map.of();
  private SourcePoller poller;
  private TransactionContext transactions;

  /** A task building connectors with {@link CrmConnectors#fromConfig(Map)}. */
  public CrmSourceTask() {
    this(CrmConnectors::fromConfig, Clock.systemUTC(), null);
  }

  CrmSourceTask(Function<Map<String, Object>, CrmConnector> factory, Clock clock, Sleeper sleeper) {
    this.factory = factory;
    this.clock = clock;
    this.sleeper =
        sleeper != null ? sleeper : wait -> stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public String version() {
    return Version.get();
  }

  @Override
  public void start(Map<String, String> props) {
    SourceSettings settings = SourceSettings.parse(props);
    List<Stream> streams = TaskPlan.streams(props, settings);
    List<String> accounts = streams.stream().map(Stream::account).distinct().toList();
    connectors = Accounts.open(props, accounts, settings::prefix, factory);
    poller = new SourcePoller(settings, connectors, checkpoints(streams), clock);
    if ("connector".equals(props.get("transaction.boundary"))) {
      transactions = context.transactionContext();
    }
  }

  @Override
  public List<SourceRecord> poll() throws InterruptedException {
    try {
      List<SourceRecord> records = poller.poll();
      if (records.isEmpty()) {
        sleeper.sleep(poller.idleWait());
        return null;
      }
      if (transactions != null) {
        transactions.commitTransaction(records.get(records.size() - 1));
      }
      return records;
    } catch (RuntimeException e) {
      if (stopping.getCount() == 0) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void stop() {
    stopping.countDown();
    Accounts.closeAll(connectors);
  }

  private Map<Stream, Checkpoint> checkpoints(List<Stream> streams) {
    List<Map<String, String>> partitions = streams.stream().map(Stream::partition).toList();
    Map<Map<String, String>, Map<String, Object>> stored =
        context.offsetStorageReader().offsets(partitions);
    Map<Stream, Checkpoint> out = new LinkedHashMap<>();
    for (Stream s : streams) {
      try {
        out.put(s, Stream.checkpoint(stored == null ? null : stored.get(s.partition())));
      } catch (IllegalArgumentException e) {
        throw new ConnectException("stored offset of " + s + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
