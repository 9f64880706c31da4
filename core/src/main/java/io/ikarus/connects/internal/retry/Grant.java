package io.ikarus.connects.internal.retry;

/**
 * Permits a {@link Pacer} reserved for one attempt. A pacer that counts the way the vendor does
 * follows the attempt through its life: {@link #hold} re-checks the bucket right before sending,
 * {@link #sent} and {@link #settle} move the permit to the moments it reached and left the vendor.
 * Called under the gate's lock; the base class is a plain reservation with nothing to follow.
 */
class Grant {

  /** A grant with nothing to follow and no wait. */
  static final Grant NOW = new Grant(0);

  private final long wait;

  Grant(long wait) {
    this.wait = wait;
  }

  /** The nanos from the reservation until the permits are due. */
  final long waitNanos() {
    return wait;
  }

  /** The nanos the request must still wait at {@code now}; 0 when it may go. */
  long hold(long now) {
    return 0;
  }

  /** The request is released at {@code now}. */
  void sent(long now) {}

  /**
   * The attempt ended at {@code now} (its answer arrived, it failed, or it was never sent). Called
   * at most once.
   */
  void settle(long now) {}
}
