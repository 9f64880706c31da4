package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.CrmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a task's streams in turn, one page per poll: the next stream that is due is asked for its
 * changes since its checkpoint; a stream with more changes is due again at once, an up-to-date one
 * after the poll interval, a failing one after a growing backoff (retryable CRM errors) or the task
 * fails (others). Idle streams emit heartbeats, and so does a stream whose checkpoint moved without
 * changes, so that its offset is stored. Used by one thread, the task's.
 */
public final class SourcePoller {

  private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);
  private static final Duration MAX_IDLE_WAIT = Duration.ofSeconds(1);

  private final SourceSettings settings;
  private final Map<String, CrmConnector> connectors;
  private final List<StreamCursor> cursors = new ArrayList<>();
  private final RecordMaker maker;
  private final Clock clock;
  private int turn;

  /**
   * A poller of {@code streams}, starting at {@code checkpoints} (initial when absent), reading
   * through the connector of each stream's account.
   */
  public SourcePoller(
      SourceSettings settings,
      Map<String, CrmConnector> connectors,
      Map<Stream, Checkpoint> checkpoints,
      Clock clock) {
    this.settings = settings;
    this.connectors = Map.copyOf(connectors);
    this.maker = new RecordMaker(settings);
    this.clock = clock;
    Instant now = clock.instant();
    checkpoints.forEach((s, c) -> cursors.add(new StreamCursor(s, c, now)));
  }

  /**
   * Reads one page of the next due stream, plus any heartbeats due.
   *
   * @return the records, empty when nothing was due
   * @throws ConnectException when a CRM call fails for a reason that retrying will not mend
   */
  public List<SourceRecord> poll() throws InterruptedException {
    Instant now = clock.instant();
    List<SourceRecord> out = new ArrayList<>();
    StreamCursor next = nextDue(now);
    if (next != null) {
      out.addAll(read(next, now));
    }
    out.addAll(heartbeats(clock.instant()));
    return out;
  }

  /** How long to wait before something is due: at most one second. */
  public Duration idleWait() {
    Instant now = clock.instant();
    Instant first = now.plus(MAX_IDLE_WAIT);
    for (StreamCursor c : cursors) {
      first = c.due.isBefore(first) ? c.due : first;
    }
    return first.isAfter(now) ? Duration.between(now, first) : Duration.ZERO;
  }

  private StreamCursor nextDue(Instant now) {
    for (int i = 0; i < cursors.size(); i++) {
      StreamCursor c = cursors.get((turn + i) % cursors.size());
      if (!c.due.isAfter(now)) {
        turn = (turn + i + 1) % cursors.size();
        return c;
      }
    }
    return null;
  }

  private List<SourceRecord> read(StreamCursor c, Instant now) throws InterruptedException {
    CrmConnector crm = connectors.get(c.stream.account());
    try {
      if (!settings.schemaless() && c.mapper == null) {
        ObjectSchema schema = await(crm.describe(c.stream.object()), "describe");
        c.mapper = StructMapper.of(schemaName(c.stream, crm), schema);
      }
      Checkpoint before = c.checkpoint;
      Changes changes = await(crm.changesSince(c.stream.object(), before), "changesSince");
      c.read(changes.checkpoint(), changes.hasMore(), now, settings.pollInterval());
      List<SourceRecord> records = maker.records(c.stream, changes, before, c.mapper);
      if (records.isEmpty() && !changes.checkpoint().equals(before) && heartbeatsOn()) {
        records = List.of(maker.heartbeat(c.stream, c.checkpoint, now));
      }
      c.lastEmit = records.isEmpty() ? c.lastEmit : now;
      return records;
    } catch (CrmException e) {
      if (!e.isRetryable()) {
        throw new ConnectException("reading " + c.stream + " failed: " + e.getMessage(), e);
      }
      Duration wait = c.failed(now, settings.pollInterval());
      LOG.warn("reading {} failed, again in {}: {}", c.stream, wait, e.getMessage());
      return List.of();
    }
  }

  private List<SourceRecord> heartbeats(Instant now) {
    List<SourceRecord> out = new ArrayList<>();
    if (!heartbeatsOn()) {
      return out;
    }
    for (StreamCursor c : cursors) {
      if (!c.lastEmit.plus(settings.heartbeatInterval()).isAfter(now)) {
        out.add(maker.heartbeat(c.stream, c.checkpoint, now));
        c.lastEmit = now;
      }
    }
    return out;
  }

  private boolean heartbeatsOn() {
    return !settings.heartbeatInterval().isZero();
  }

  private static String schemaName(Stream stream, CrmConnector crm) {
    return "io.ikarus.connects." + crm.name() + "." + stream.account() + "." + stream.object();
  }

  private <T> T await(CompletableFuture<T> future, String operation) throws InterruptedException {
    return Calls.await(future, settings.requestTimeout(), operation);
  }
}
