package io.ikarus.connects.internal.sync;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The sync state of every job, in memory. Thread-safe: every method is synchronized. */
public final class StateModel {

  /** One job's state. */
  static final class Job {
    final Map<SyncSide, Checkpoint> checkpoints = new EnumMap<>(SyncSide.class);
    final Map<String, SyncLink> bySource = new LinkedHashMap<>();
    final Map<String, String> targetToSource = new HashMap<>();
    final Map<String, PendingRecord> pending = new LinkedHashMap<>();
  }

  private final Map<String, Job> jobs = new TreeMap<>();

  /** The checkpoint, if stored. */
  public synchronized Optional<Checkpoint> checkpoint(String job, SyncSide side) {
    return Optional.ofNullable(job(job).checkpoints.get(side));
  }

  /** Stores a checkpoint. */
  public synchronized void saveCheckpoint(String job, SyncSide side, Checkpoint checkpoint) {
    job(job).checkpoints.put(side, checkpoint);
  }

  /** The links of {@code ids} on {@code side}. */
  public synchronized Map<String, SyncLink> links(
      String job, SyncSide side, Collection<String> ids) {
    Job j = job(job);
    Map<String, SyncLink> out = new LinkedHashMap<>();
    for (String id : ids) {
      String sourceId = side == SyncSide.SOURCE ? id : j.targetToSource.get(id);
      SyncLink link = sourceId == null ? null : j.bySource.get(sourceId);
      if (link != null) {
        out.put(id, link);
      }
    }
    return out;
  }

  /** Stores links, replacing links that share either id. */
  public synchronized void saveLinks(String job, Collection<SyncLink> links) {
    Job j = job(job);
    for (SyncLink link : links) {
      remove(j, j.bySource.get(link.sourceId()));
      String other = j.targetToSource.get(link.targetId());
      if (other != null) {
        remove(j, j.bySource.get(other));
      }
      j.bySource.put(link.sourceId(), link);
      j.targetToSource.put(link.targetId(), link.sourceId());
    }
  }

  /** Removes links by source id. */
  public synchronized void removeLinks(String job, Collection<SyncLink> links) {
    Job j = job(job);
    links.forEach(l -> remove(j, j.bySource.get(l.sourceId())));
  }

  /** The pending records in saving order. */
  public synchronized List<PendingRecord> pending(String job) {
    return new ArrayList<>(job(job).pending.values());
  }

  /** Stores pending records by side and id. */
  public synchronized void savePending(String job, Collection<PendingRecord> records) {
    Job j = job(job);
    records.forEach(p -> j.pending.put(key(p), p));
  }

  /** Removes pending records by side and id. */
  public synchronized void removePending(String job, Collection<PendingRecord> records) {
    Job j = job(job);
    records.forEach(p -> j.pending.remove(key(p)));
  }

  /** The names of the jobs with state. */
  synchronized List<String> jobNames() {
    return new ArrayList<>(jobs.keySet());
  }

  /** Every link of a job. */
  synchronized List<SyncLink> allLinks(String job) {
    return new ArrayList<>(job(job).bySource.values());
  }

  private static void remove(Job j, SyncLink link) {
    if (link != null) {
      j.bySource.remove(link.sourceId());
      j.targetToSource.remove(link.targetId());
    }
  }

  private static String key(PendingRecord p) {
    return p.side() + "/" + p.id();
  }

  private Job job(String name) {
    return jobs.computeIfAbsent(name, n -> new Job());
  }
}
