package io.ikarus.connects.internal.retry;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.RateLimitedEvent;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Admits requests at the rates the vendor counts: each attempt reserves weighted permits from every
 * bucket it draws from ({@link Pacer} models: smooth pace, rolling window, refilling budget), obeys
 * a pause a vendor imposed on one of those buckets (a 429 or {@code Retry-After} stops everyone,
 * including requests already queued or holding a reservation: the pause is checked again when a
 * wait ends) and, when adaptive limiting is on, follows the vendor's budget reports. Waits are
 * scheduled, never slept; time comes from the scheduler when it keeps its own. Thread-safe.
 */
public final class RateGate {

  private static final Map<String, Long> DEFAULT_COST =
      Map.of(RateLimitSettings.DEFAULT_BUCKET, 1L);

  private final String connector;
  private final RateLimitSettings settings;
  private final Delays delays;
  private final ConnectorListener listener;
  private final Duration maxPause;
  private final Map<String, Pacer> pacers = new HashMap<>();
  private final Map<String, Long> pausedUntil = new HashMap<>();
  private final AdaptivePace adaptive = new AdaptivePace();
  private final ReleaseSpacing spacing;

  /**
   * Creates the gate; {@code listener} must not throw; no vendor pause lasts beyond {@code
   * maxPause}.
   */
  public RateGate(
      String connector,
      RateLimitSettings settings,
      Delays delays,
      ConnectorListener listener,
      Duration maxPause) {
    this.connector = connector;
    this.settings = settings;
    this.delays = delays;
    this.listener = listener;
    this.maxPause = maxPause;
    settings.buckets().forEach((name, bucket) -> pacers.put(name, Pacers.of(bucket)));
    this.spacing = new ReleaseSpacing(settings);
  }

  /** The permits {@code request} draws per attempt, by bucket: default 1 plus its own costs. */
  public static Map<String, Long> costs(ApiRequest request) {
    if (request.costs().isEmpty()) {
      return DEFAULT_COST;
    }
    Map<String, Long> costs = new LinkedHashMap<>();
    costs.put(RateLimitSettings.DEFAULT_BUCKET, 1L);
    costs.putAll(request.costs());
    return costs;
  }

  /**
   * Completes with the permit when the request may be sent, or exceptionally with a {@link
   * RateLimitException} naming {@code operation} when the wait would exceed {@code maxWait}: {@link
   * #reserve} then, unless the permit is ready, {@link #admit}. The caller must {@link #settle} the
   * permit when the attempt ends (answered, failed or never sent): a rolling window counts the
   * permit until then.
   */
  public CompletableFuture<Permit> acquire(Map<String, Long> costs, String operation) {
    Permit permit;
    try {
      permit = reserve(costs, operation);
    } catch (RateLimitException e) {
      return CompletableFuture.failedFuture(e);
    }
    return permit.ready() ? CompletableFuture.completedFuture(permit) : admit(costs, permit);
  }

  /**
   * Reserves the permits of {@code costs} in every bucket. The permit is {@link Permit#ready()}
   * (released: send now) when no wait, pause or hold stands in the way, as when permits are free;
   * otherwise {@link #admit} waits it out. Settle it as with {@link #acquire}.
   *
   * @throws RateLimitException naming {@code operation} when the wait would exceed {@code maxWait}
   *     (nothing is then held)
   */
  public Permit reserve(Map<String, Long> costs, String operation) {
    long wait;
    String cause = RateLimitSettings.DEFAULT_BUCKET;
    Permit permit = new Permit();
    synchronized (this) {
      long now = delays.nanoTime();
      long max = Delays.nanos(settings.maxWait());
      wait = 0;
      if (costs == DEFAULT_COST) {
        // The common case, without the entry and iterator objects of a loop over the map.
        wait = Math.max(pauseLeft(cause, now), reserve(cause, 1L, now, max, permit));
        if (wait < 0 || wait > max) {
          settle(permit);
          throw tooLong(cause, operation);
        }
      } else {
        for (Map.Entry<String, Long> cost : costs.entrySet()) {
          long w =
              Math.max(
                  pauseLeft(cost.getKey(), now),
                  reserve(cost.getKey(), cost.getValue(), now, max, permit));
          if (w < 0 || w > max) {
            settle(permit);
            throw tooLong(cost.getKey(), operation);
          }
          if (w > wait) {
            wait = w;
            cause = cost.getKey();
          }
        }
      }
    }
    if (wait <= 0) {
      permit.wait = hold(costs, permit);
    } else {
      permit.wait = wait;
      permit.cause = cause;
    }
    return permit;
  }

  /** Completes with a {@link #reserve}d permit that was not ready once it may be sent. */
  public CompletableFuture<Permit> admit(Map<String, Long> costs, Permit permit) {
    if (permit.cause != null) {
      listener.onRateLimited(
          new RateLimitedEvent(connector, permit.cause, Duration.ofNanos(permit.wait), false));
    }
    return delays.after(Duration.ofNanos(permit.wait)).thenCompose(v -> release(costs, permit));
  }

  /** Ends a permit's life in every bucket it drew from; a second call does nothing. */
  public synchronized void settle(Permit permit) {
    if (permit.settled) {
      return;
    }
    permit.settled = true;
    long now = delays.nanoTime();
    permit.settle(now);
  }

  /** The nanos a vendor pause still holds any of these buckets; 0 when none does. */
  public long pausedFor(Map<String, Long> costs) {
    synchronized (this) {
      if (pausedUntil.isEmpty()) {
        return 0;
      }
      long now = delays.nanoTime();
      long left = 0;
      for (String bucket : costs.keySet()) {
        left = Math.max(left, pauseLeft(bucket, now));
      }
      return left;
    }
  }

  /**
   * Sends now, unless a pause began meanwhile, a rolling window is still full (answers came later
   * than planned) or a late timer would bunch requests.
   */
  private CompletableFuture<Permit> release(Map<String, Long> costs, Permit permit) {
    long hold = hold(costs, permit);
    return hold <= 0
        ? CompletableFuture.completedFuture(permit)
        : delays.after(Duration.ofNanos(hold)).thenCompose(v -> release(costs, permit));
  }

  /** 0 when the permit is released now (marked sent), else the nanos it must still wait. */
  private long hold(Map<String, Long> costs, Permit permit) {
    synchronized (this) {
      long now = delays.nanoTime();
      long hold = Math.max(pausedFor(costs), permit.hold(now));
      if (hold <= 0) {
        hold = spacing.hold(costs, now);
      }
      if (hold <= 0) {
        permit.sent(now);
      }
      return hold;
    }
  }

  /**
   * Stops sending from the buckets a throttled request drew from (its specific buckets if it had
   * any, else the default one) for {@code duration}, at most {@code maxPause}.
   */
  public void pause(Map<String, Long> costs, Duration duration) {
    Duration d = duration.compareTo(maxPause) > 0 ? maxPause : duration;
    synchronized (this) {
      long until = delays.nanoTime() + Delays.nanos(d);
      for (String bucket : throttledBuckets(costs)) {
        pausedUntil.merge(bucket, until, Math::max);
      }
    }
    for (String bucket : throttledBuckets(costs)) {
      listener.onRateLimited(new RateLimitedEvent(connector, bucket, d, true));
    }
  }

  /** Takes a vendor budget report into account, when adaptive limiting is on. */
  public synchronized void observe(RateLimitStatus status) {
    if (!settings.adaptive()) {
      return;
    }
    long now = delays.nanoTime();
    Pacer pacer = pacers.get(status.bucket());
    if (pacer == null || !pacer.observe(status, now)) {
      adaptive.observe(status, now);
    }
  }

  private long reserve(String bucket, long permits, long now, long max, Permit permit) {
    if (permits <= 0) {
      return 0;
    }
    Pacer pacer = pacers.get(bucket);
    Grant grant = pacer == null ? Grant.NOW : pacer.reserve(permits, now, max);
    if (grant == null) {
      return -1;
    }
    permit.add(grant);
    long wait = grant.waitNanos();
    long paced = adaptive.reserve(bucket, permits, now, max);
    return paced < 0 ? -1 : Math.max(wait, paced);
  }

  /**
   * What one attempt holds from the gate, settled when the attempt ends: one grant per bucket drawn
   * from (most requests draw from one, kept without a list). Thread-safe through the gate's lock.
   */
  public static final class Permit {
    private Grant first;
    private List<Grant> more;
    private boolean settled;
    private long wait;
    private String cause;

    private Permit() {}

    /** True when the request may be sent at once (it has been released). */
    public boolean ready() {
      return wait <= 0;
    }

    private void add(Grant grant) {
      if (first == null) {
        first = grant;
      } else {
        if (more == null) {
          more = new ArrayList<>(2);
        }
        more.add(grant);
      }
    }

    private void sent(long now) {
      if (first != null) {
        first.sent(now);
      }
      if (more != null) {
        for (Grant grant : more) {
          grant.sent(now);
        }
      }
    }

    private void settle(long now) {
      if (first != null) {
        first.settle(now);
      }
      if (more != null) {
        for (Grant grant : more) {
          grant.settle(now);
        }
      }
    }

    private long hold(long now) {
      long hold = first == null ? 0 : first.hold(now);
      if (more != null) {
        for (Grant grant : more) {
          hold = Math.max(hold, grant.hold(now));
        }
      }
      return hold;
    }
  }

  private long pauseLeft(String bucket, long now) {
    Long until = pausedUntil.get(bucket);
    if (until == null) {
      return 0;
    }
    long left = until - now;
    if (left <= 0) {
      pausedUntil.remove(bucket);
    }
    return Math.max(0, left);
  }

  private static List<String> throttledBuckets(Map<String, Long> costs) {
    List<String> specific =
        costs.keySet().stream().filter(b -> !b.equals(RateLimitSettings.DEFAULT_BUCKET)).toList();
    return specific.isEmpty() ? List.of(RateLimitSettings.DEFAULT_BUCKET) : specific;
  }

  private RateLimitException tooLong(String bucket, String operation) {
    return new RateLimitException(
        "rate limit bucket '"
            + bucket
            + "' cannot admit the request within maxWait "
            + settings.maxWait(),
        ErrorContext.of(connector, operation),
        null,
        false);
  }
}
