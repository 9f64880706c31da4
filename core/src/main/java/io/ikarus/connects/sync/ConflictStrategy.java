package io.ikarus.connects.sync;

/**
 * Decides a {@link Conflict}. {@link ConflictStrategies} has the ready-made ones; any function of a
 * conflict is a strategy. Must be thread-safe and deterministic (a rerun after a failure decides
 * the same conflict again).
 */
@FunctionalInterface
public interface ConflictStrategy {

  /** Decides the conflict. */
  ConflictResolution resolve(Conflict conflict);
}
