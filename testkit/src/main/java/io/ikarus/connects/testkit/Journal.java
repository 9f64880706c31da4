package io.ikarus.connects.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The calls a fake received, in arrival order, for tests to assert on.
 *
 * <p>Thread-safe: calls are appended by the server's threads while a test reads. Readers get
 * snapshots. Example: {@code assertThat(sf.journal().count("POST",
 * "/services/data/v66.0/composite/sobjects")).isEqualTo(50);}
 */
public final class Journal {

  private final List<RecordedCall> calls = new ArrayList<>();

  Journal() {}

  synchronized void add(RecordedCall call) {
    calls.add(call);
  }

  /** A snapshot of every call so far. */
  public synchronized List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** A snapshot of the calls with this method whose path starts with {@code pathPrefix}. */
  public List<RecordedCall> calls(String method, String pathPrefix) {
    return filter(c -> c.matches(method, pathPrefix));
  }

  /** A snapshot of the calls matching {@code predicate}. */
  public synchronized List<RecordedCall> filter(Predicate<RecordedCall> predicate) {
    return calls.stream().filter(predicate).toList();
  }

  /** How many calls were received in total. */
  public synchronized int count() {
    return calls.size();
  }

  /** How many calls had this method and a path starting with {@code pathPrefix}. */
  public int count(String method, String pathPrefix) {
    return calls(method, pathPrefix).size();
  }

  /** The sum of {@link RecordedCall#records()} over the matching calls. */
  public int records(String method, String pathPrefix) {
    return calls(method, pathPrefix).stream().mapToInt(RecordedCall::records).sum();
  }

  /** The last call received; throws {@link IllegalStateException} when there is none. */
  public synchronized RecordedCall last() {
    if (calls.isEmpty()) {
      throw new IllegalStateException("the journal is empty: no call was received");
    }
    return calls.get(calls.size() - 1);
  }

  /** Forgets every call so far (counters in the fake itself are not reset). */
  public synchronized void clear() {
    calls.clear();
  }
}
