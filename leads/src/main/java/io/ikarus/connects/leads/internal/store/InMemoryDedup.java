package io.ikarus.connects.leads.internal.store;

import io.ikarus.connects.leads.store.DedupStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link DedupStore} in memory; one lock makes each method atomic. */
public final class InMemoryDedup implements DedupStore {

  private record Entry(String leadId, Instant at) {}

  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, Entry> contacts = new HashMap<>();

  @Override
  public synchronized Optional<String> claim(String scope, String key, String leadId, Instant at) {
    String existing = keys.putIfAbsent(scope + '\u0000' + key, leadId);
    return Optional.ofNullable(existing);
  }

  @Override
  public synchronized void rebind(String scope, String key, String leadId, Instant at) {
    keys.put(scope + '\u0000' + key, leadId);
  }

  @Override
  public synchronized void release(String scope, String key, String leadId) {
    keys.remove(scope + '\u0000' + key, leadId);
  }

  @Override
  public synchronized Optional<String> claimContact(
      String phone, String email, String leadId, Instant at, Instant since) {
    for (String k : new String[] {phoneKey(phone), emailKey(email)}) {
      Entry e = k == null ? null : contacts.get(k);
      if (e != null && !e.at().isBefore(since)) {
        return Optional.of(e.leadId());
      }
    }
    Entry mine = new Entry(leadId, at);
    if (phone != null) {
      contacts.put(phoneKey(phone), mine);
    }
    if (email != null) {
      contacts.put(emailKey(email), mine);
    }
    return Optional.empty();
  }

  @Override
  public synchronized int purgeContactsBefore(Instant cutoff) {
    int before = contacts.size();
    contacts.values().removeIf(e -> e.at().isBefore(cutoff));
    return before - contacts.size();
  }

  private static String phoneKey(String phone) {
    return phone == null ? null : "p:" + phone;
  }

  private static String emailKey(String email) {
    return email == null ? null : "e:" + email;
  }
}
