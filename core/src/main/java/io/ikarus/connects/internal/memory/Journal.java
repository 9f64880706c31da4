package io.ikarus.connects.internal.memory;

import io.ikarus.connects.memory.Call;
import java.util.ArrayList;
import java.util.List;

/** A thread-safe, append-only list of calls. */
public final class Journal {

  private final List<Call> calls = new ArrayList<>();
  private long sequence;

  /** Appends a call and returns it. */
  public synchronized Call record(String operation, String object, int records) {
    Call call = new Call(++sequence, operation, object, records);
    calls.add(call);
    return call;
  }

  /** A copy of the calls so far, oldest first. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Forgets the calls so far; numbering goes on. */
  public synchronized void clear() {
    calls.clear();
  }
}
