package io.ikarus.connects.resilience;

/**
 * A scheduler that keeps its own time. When the scheduler given to {@code
 * ClientOptions.scheduler(...)} implements this interface, the rate limiter measures time with it
 * instead of {@link System#nanoTime()}, so that a simulation or test running in virtual time sees
 * waits and windows consistent with its scheduled delays.
 */
public interface TimeSource {

  /** The current time in nanoseconds, monotonic, from an arbitrary origin. */
  long nanoTime();
}
