package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.kafka.internal.SinkPlan.Failure;
import io.ikarus.connects.kafka.internal.SinkPlan.Upsert;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of sink records to the CRM: upserts by the key field in the fewest batch calls,
 * tombstones as deletes of the target records found by key. A record that cannot be written goes to
 * the errant record reporter (the dead-letter queue) while the others are written; without a
 * reporter the batch's other records are written and then the task fails. A retryable CRM failure
 * (rate limit, server error, lost connection) becomes a {@link RetriableException}: Connect
 * delivers the batch again, and writing it again is harmless (upserts by key, deletes by id).
 */
public final class SinkWriter {

  private static final Logger LOG = LoggerFactory.getLogger(SinkWriter.class);

  private final SinkSettings settings;
  private final CrmConnector crm;
  private final ErrantRecordReporter reporter;
  private final TargetIds targetIds = new TargetIds();

  /** A writer through {@code crm}; {@code reporter} may be null (no dead-letter queue). */
  public SinkWriter(SinkSettings settings, CrmConnector crm, ErrantRecordReporter reporter) {
    this.settings = settings;
    this.crm = crm;
    this.reporter = reporter;
  }

  /**
   * Writes {@code records}; returns when each is written, superseded or reported.
   *
   * @throws RetriableException when a retryable CRM failure left records unwritten
   * @throws ConnectException when the CRM refused the whole call, or a record failed and there is
   *     no reporter
   */
  public void write(Collection<SinkRecord> records) throws InterruptedException {
    SinkPlan plan = SinkPlan.of(records, settings);
    List<Failure> failures = new ArrayList<>(plan.failures);
    try {
      failures.addAll(upsert(new ArrayList<>(plan.upserts.values())));
      failures.addAll(delete(plan.deletes));
    } catch (CrmException e) {
      throw translate(e);
    }
    for (Failure f : failures) {
      if (f.error() instanceof AuthenticationException
          || f.error() instanceof PermissionDeniedException) {
        throw new ConnectException(
            SinkValues.where(f.record()) + ": " + Failures.describe(f.error()), f.error());
      }
      if (f.error() instanceof CrmException ce && ce.isRetryable()) {
        throw new RetriableException(
            SinkValues.where(f.record()) + ": " + Failures.describe(ce), ce);
      }
    }
    report(failures);
  }

  private List<Failure> upsert(List<Upsert> upserts) throws InterruptedException {
    if (upserts.isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> fields = upserts.stream().map(Upsert::fields).toList();
    BatchResult result =
        Calls.await(
            crm.upsertAll(settings.object(), settings.keyField(), fields),
            settings.writeTimeout(),
            "upsertAll");
    List<Failure> failures = new ArrayList<>();
    for (RecordResult r : result.results()) {
      Upsert u = upserts.get(r.index());
      if (r.isSuccess()) {
        targetIds.remember(u.key(), r.id());
      } else {
        failures.add(new Failure(u.record(), r.error()));
      }
    }
    return failures;
  }

  private List<Failure> delete(Map<String, SinkRecord> deletes) throws InterruptedException {
    if (deletes.isEmpty()) {
      return List.of();
    }
    Map<String, String> ids =
        targetIds.resolve(crm, settings, deletes.keySet(), settings.writeTimeout());
    List<String> keys = deletes.keySet().stream().filter(ids::containsKey).toList();
    LOG.debug("{} of {} deleted keys have a target record", keys.size(), deletes.size());
    if (keys.isEmpty()) {
      return List.of();
    }
    List<String> targets = keys.stream().map(ids::get).toList();
    BatchResult result =
        Calls.await(
            crm.deleteAll(settings.object(), targets), settings.writeTimeout(), "deleteAll");
    List<Failure> failures = new ArrayList<>();
    for (RecordResult r : result.results()) {
      String key = keys.get(r.index());
      if (r.isSuccess() || r.error() instanceof NotFoundException) {
        targetIds.forget(key);
      } else {
        failures.add(new Failure(deletes.get(key), r.error()));
      }
    }
    return failures;
  }

  private void report(List<Failure> failures) throws InterruptedException {
    if (failures.isEmpty()) {
      return;
    }
    if (reporter == null) {
      throw unreported(failures);
    }
    List<Future<Void>> reported = new ArrayList<>();
    for (Failure f : failures) {
      LOG.warn(
          "{} goes to the dead-letter queue: {}",
          SinkValues.where(f.record()),
          Failures.describe(f.error()));
      reported.add(reporter.report(f.record(), f.error()));
    }
    for (Future<Void> r : reported) {
      try {
        r.get();
      } catch (ExecutionException e) {
        throw new ConnectException("reporting a failed record failed", e.getCause());
      }
    }
  }

  private static ConnectException unreported(List<Failure> failures) {
    Failure first = failures.get(0);
    return new ConnectException(
        failures.size()
            + " record(s) could not be written and no dead-letter queue is configured; first: "
            + SinkValues.where(first.record())
            + ": "
            + Failures.describe(first.error()),
        first.error());
  }

  private static RuntimeException translate(CrmException e) {
    if (e.isRetryable()) {
      return new RetriableException(Failures.describe(e), e);
    }
    return new ConnectException(Failures.describe(e), e);
  }
}
