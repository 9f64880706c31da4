package io.ikarus.connects.leads.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a source accepts: the current ones, plus replaced ones until their grace period ends
 * (secret regeneration without dropping deliveries signed with the old secret). Thread-safe; the
 * secrets never appear in {@link #toString()}.
 */
public final class SecretRing {

  private record Entry(byte[] key, Instant validUntil) {}

  private volatile List<Entry> entries;

  /** A ring of {@code keys}, all valid without end. */
  public SecretRing(List<byte[]> keys) {
    List<Entry> e = new ArrayList<>();
    keys.forEach(k -> e.add(new Entry(k.clone(), Instant.MAX)));
    entries = List.copyOf(e);
  }

  /** The keys valid at {@code now}. */
  public List<byte[]> valid(Instant now) {
    List<byte[]> out = new ArrayList<>();
    for (Entry e : entries) {
      if (now.isBefore(e.validUntil())) {
        out.add(e.key());
      }
    }
    return out;
  }

  /** Makes {@code key} current; the keys valid now stay valid until {@code graceUntil}. */
  public synchronized void rotate(byte[] key, Instant now, Instant graceUntil) {
    List<Entry> next = new ArrayList<>();
    next.add(new Entry(key.clone(), Instant.MAX));
    for (Entry e : entries) {
      if (now.isBefore(e.validUntil())) {
        Instant until = e.validUntil().isBefore(graceUntil) ? e.validUntil() : graceUntil;
        next.add(new Entry(e.key(), until));
      }
    }
    entries = List.copyOf(next);
  }

  /** True when at least one key was configured. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public String toString() {
    return "SecretRing[" + entries.size() + " keys]";
  }
}
