package io.ikarus.connects.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The hooks a connector's contract test supplies, the per-test connector lifecycle, and helpers.
 * Subclass {@link ConnectorContractTest}, not this.
 */
public abstract class ContractSupport {

  /** A unique tag for this test's data. */
  protected final String runId = UUID.randomUUID().toString().substring(0, 8);

  /** The connector under test, built fresh for each test. */
  protected CrmConnector connector;

  /** The scheduler handed to {@link #createConnector}: records delays, runs them 100x sooner. */
  protected RecordingScheduler scheduler;

  /** Builds the connector against a fresh fake, with {@code scheduler} in its ClientOptions. */
  protected abstract CrmConnector createConnector(ScheduledExecutorService scheduler);

  /** The object type the tests write, such as {@code "Contact"}. */
  protected abstract String objectName();

  /**
   * A valid record, distinct for each {@code n} (use {@link #runId} in unique values). It must hold
   * a value for {@link #textField()} and a unique value for {@link #keyField()}.
   */
  protected abstract Map<String, Object> sampleRecord(int n);

  /** A text field that keeps any string exactly and can be filtered on. */
  protected abstract String textField();

  /** A unique field usable as the key of {@code upsert}. */
  protected abstract String keyField();

  /** A record the vendor refuses (a required field missing, say). */
  protected abstract Map<String, Object> invalidRecord();

  /**
   * The field {@link #invalidRecord()} is wrong on, as the vendor's error names it (the missing
   * required field, the unknown property, the over-long value). Null only where the vendor's error
   * body names no field at all (then only the exception type is checked).
   */
  protected abstract String invalidRecordField();

  /**
   * An object name this connector does not know; a {@link
   * io.ikarus.connects.error.NotFoundException} naming it is expected from every call on it.
   * Default: {@code "NoSuchObject"}.
   */
  protected String unknownObjectName() {
    return "NoSuchObject";
  }

  /** The fake's request count and fault injection, or null when the connector has no HTTP. */
  protected ContractServer server() {
    return null;
  }

  /** False when the connector cannot filter text with {@code CONTAINS}. */
  protected boolean supportsContains() {
    return true;
  }

  /** Builds the connector before each test. */
  @BeforeEach
  public void setUpConnector() {
    scheduler = new RecordingScheduler(100);
    connector = createConnector(scheduler);
  }

  /** Closes the connector after each test. */
  @AfterEach
  public void closeConnector() {
    if (connector != null) {
      connector.close();
    }
    scheduler.shutdownNow();
  }

  /** Waits up to 30 s for {@code future}; rethrows its failure unwrapped. */
  protected static <T> T await(CompletableFuture<T> future) {
    return Await.await(future);
  }

  /** Asserts that {@code actual} holds every field of {@code expected} (numbers by value). */
  protected static void assertSameFields(Map<String, Object> expected, CrmRecord actual) {
    expected.forEach(
        (field, value) ->
            assertThat(normalize(actual.field(field))).as(field).isEqualTo(normalize(value)));
  }

  /** Creates {@code count} sample records whose text field is {@code text}; returns their ids. */
  protected final List<String> createTagged(int count, String text) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(await(connector.create(objectName(), tagged(1000 + i, text))).id());
    }
    return ids;
  }

  /** Sample record {@code n} with its text field set to {@code text}. */
  protected final Map<String, Object> tagged(int n, String text) {
    Map<String, Object> fields = new LinkedHashMap<>(sampleRecord(n));
    fields.put(textField(), text);
    return fields;
  }

  /** The requests served so far, or 0 without a server. */
  protected final int requestCount() {
    return server() == null ? 0 : server().requestCount();
  }

  /** Skips the calling test when there is no fake to inject faults into. */
  protected final void assumeServer() {
    assumeTrue(server() != null, "the connector has no HTTP fake; skipping");
  }

  /** Waits briefly so that an unwanted asynchronous fetch would have shown. */
  protected static void settle() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Object normalize(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros();
    }
    return value;
  }
}
