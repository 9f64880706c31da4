package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.Journal;

/** Figures read from a fake's request journal. */
final class Journals {

  private Journals() {}

  /** The 429 answers the fake sent. */
  static long throttled(Journal journal) {
    return journal.filter(call -> call.status() == 429).size();
  }
}
