package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A rolling window as HubSpot, Pipedrive and Dataverse count it: at most {@code permits} in any
 * {@code period}-long interval. A fresh window is spent at once (the burst); then each request
 * waits for the oldest one to leave the window.
 *
 * <p>The vendor counts a request when it arrives, which is some time after the gate released it
 * (a token, a free slot, the network) and before its answer comes back. So a permit counts from its
 * release until {@code period} after its answer: never shorter than the vendor counts it, and no
 * longer than one round trip more. Until the answer is in, a permit stays in the window; a request
 * due while the window is still full is held back when it is released. A vendor report of more
 * permits spent than the model counts (another client shares the budget) is counted as spent as
 * early as the window allows, so it leaves the model with the oldest permits and does not slow a
 * rolling window down for a whole period.
 */
final class WindowPacer implements Pacer {

  /**
   * A permit neither answered nor released this long after it was due is presumed lost (an attempt
   * cancelled while it waited): it is then treated as answered at that time.
   */
  private static final long STALE_NANOS = 120_000_000_000L;

  private final long permits;
  private final long period;
  private final long poll;
  private final List<Entry> entries = new ArrayList<>();

  WindowPacer(long permits, long periodNanos) {
    this.permits = permits;
    this.period = periodNanos;
    this.poll = Math.max(1_000_000L, periodNanos / permits);
  }

  @Override
  public Grant reserve(long cost, long now, long maxWait) {
    prune(now);
    long c = Math.min(cost, permits);
    long at = now;
    long total = 0;
    for (Entry e : entries) {
      if (!e.released) {
        at = Math.max(at, e.at); // in the order they were planned
      }
      total += e.cost;
    }
    long excess = total + c - permits;
    if (excess > 0) {
      List<Entry> byExpiry = new ArrayList<>(entries);
      byExpiry.sort(Comparator.comparingLong(e -> e.expiry(now)));
      for (Entry e : byExpiry) {
        if (excess <= 0) {
          break;
        }
        excess -= e.cost;
        at = Math.max(at, e.expiry(now));
      }
    }
    if (at - now > maxWait) {
      return null;
    }
    Entry entry = new Entry(at, c, at - now);
    entries.add(entry);
    return entry;
  }

  @Override
  public boolean observe(RateLimitStatus status, long now) {
    prune(now);
    long limit = status.limit() > 0 ? status.limit() : permits;
    long unseen = limit - status.remaining() - counted(null, now);
    if (unseen > 0) {
      long oldest = now - period / 2;
      for (Entry e : entries) {
        if (e.answered) {
          oldest = Math.min(oldest, e.at);
        }
      }
      Entry phantom = new Entry(oldest, unseen, 0);
      phantom.released = true;
      phantom.answered = true;
      entries.add(0, phantom);
    }
    return true;
  }

  /** Permits the vendor may be counting at {@code now}: released and not yet out of the window. */
  private long counted(Entry except, long now) {
    long used = 0;
    for (Entry e : entries) {
      if (e != except && e.released) {
        used += e.cost;
      }
    }
    return used;
  }

  private void prune(long now) {
    entries.removeIf(e -> e.expired(now));
  }

  /** One reservation; {@code at} is when it is due, then sent, then answered. */
  private final class Entry extends Grant {
    long at;
    final long cost;
    boolean released;
    boolean answered;

    Entry(long at, long cost, long wait) {
      super(wait);
      this.at = at;
      this.cost = cost;
    }

    long expiry(long now) {
      return (answered ? at : Math.max(at, now)) + period;
    }

    boolean expired(long now) {
      if (!answered && now - at > STALE_NANOS) {
        answered = true;
      }
      return answered && at + period <= now;
    }

    @Override
    long hold(long now) {
      prune(now);
      if (counted(this, now) + cost <= permits) {
        return 0;
      }
      long soonest = Long.MAX_VALUE;
      for (Entry e : entries) {
        if (e.answered) {
          soonest = Math.min(soonest, e.at + period - now);
        }
      }
      return soonest == Long.MAX_VALUE ? poll : Math.max(1, soonest);
    }

    @Override
    void sent(long now) {
      released = true;
      at = now;
    }

    @Override
    void settle(long now) {
      if (!released) {
        entries.remove(this);
        return;
      }
      answered = true;
      at = Math.max(at, now);
    }
  }
}
