package io.ikarus.connects.generic.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.generic.internal.Records.Times;
import io.ikarus.connects.generic.internal.config.Specs.Deletions;
import io.ikarus.connects.generic.internal.config.Specs.Incremental;
import io.ikarus.connects.generic.internal.config.Specs.ListSpec;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import io.ikarus.connects.spi.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * changesSince from the object's list: one vendor page per call, filtered from the watermark less
 * the overlap (as a filter, query parameter or header, or client-side); the watermark advances to
 * the newest modification seen once a pass is complete. Deletions come from a flag field on listed
 * records or, at the end of a pass, from a deleted-records endpoint. Thread-safe.
 */
public final class ChangeReader {

  private final Runtime rt;
  private final Lister lister;

  /** A reader over {@code rt}. */
  public ChangeReader(Runtime rt, Lister lister) {
    this.rt = rt;
    this.lister = lister;
  }

  /** The changes after {@code checkpoint}. */
  public CompletableFuture<Changes> since(String object, Checkpoint checkpoint) {
    ObjectSpec spec = rt.object(object);
    ListSpec list = Lister.list(spec);
    Map<String, Object> cp =
        checkpoint.isInitial() ? Map.of() : Json.parseObject(checkpoint.asString());
    Instant since = instant(cp.get("since"));
    Instant max = instant(cp.get("max"));
    PageState state = PageState.fromMap(cp.get("page"));
    Incremental inc = spec.incremental();
    Instant from = since == null || inc == null ? since : since.minus(inc.overlap());
    int size = Lister.size(spec, list, 0);
    return lister
        .fetch(spec, list, customize(spec, from), state, size)
        .thenCompose(f -> collect(spec, f, from, since, max));
  }

  private CompletableFuture<Changes> collect(
      ObjectSpec spec, Lister.Fetched f, Instant from, Instant since, Instant max) {
    List<CrmRecord> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    Instant newest = max;
    Deletions del = spec.deletions();
    for (CrmRecord r : f.records()) {
      if (from != null && r.modifiedAt() != null && r.modifiedAt().isBefore(from)) {
        continue;
      }
      newest = later(newest, r.modifiedAt());
      if (del.type().equals("flag") && flagged(del, r)) {
        deleted.add(r.id());
      } else {
        upserts.add(r);
      }
    }
    if (f.next() != null) {
      return CompletableFuture.completedFuture(
          new Changes(upserts, deleted, checkpoint(since, newest, f.next()), true));
    }
    Instant watermark = newest == null ? since : newest;
    CompletableFuture<List<String>> gone =
        del.type().equals("endpoint")
            ? deletions(spec, from)
            : CompletableFuture.completedFuture(List.of());
    return gone.thenApply(
        ids -> {
          deleted.addAll(ids);
          return new Changes(upserts, deleted, checkpoint(watermark, watermark, null), false);
        });
  }

  private CompletableFuture<List<String>> deletions(ObjectSpec spec, Instant from) {
    Deletions del = spec.deletions();
    Consumer<Call> customize =
        call -> {
          if (from != null && del.param() != null) {
            call.query(del.param(), Times.format(from, del.format()));
          }
        };
    List<String> ids = new ArrayList<>();
    return readAll(spec, del, customize, from, null, ids).thenApply(v -> ids);
  }

  private CompletableFuture<Void> readAll(
      ObjectSpec spec,
      Deletions del,
      Consumer<Call> customize,
      Instant from,
      PageState state,
      List<String> ids) {
    ListSpec list = del.list();
    int size = list.pagination().pageSize();
    return lister
        .fetch(spec, list, customize, state, size)
        .thenCompose(
            f -> {
              for (Object raw : list.request().records().list(f.body())) {
                Object id = del.id().first(raw);
                Instant at =
                    del.at() == null ? null : Times.parse(del.at().first(raw), del.format());
                if (id != null && (from == null || at == null || !at.isBefore(from))) {
                  ids.add(Records.idText(id));
                }
              }
              return f.next() == null
                  ? CompletableFuture.completedFuture(null)
                  : readAll(spec, del, customize, from, f.next(), ids);
            });
  }

  private Consumer<Call> customize(ObjectSpec spec, Instant from) {
    Incremental inc = spec.incremental();
    boolean server = from != null && inc != null && !inc.in().equals("client");
    String value = server ? Times.format(from, inc.format()) : null;
    List<Query.Filter> filters = new ArrayList<>();
    if (server && inc.in().equals("filter")) {
      Object v = inc.format().equals("iso") ? from : value;
      filters.add(new Query.Filter(Lister.modifiedField(spec), Query.Op.GTE, v));
    }
    FilterWriter w =
        new FilterWriter(
            spec.list().filters(), rt.records(spec.name()), rt.contexts().apply("changesSince"));
    return call -> {
      // Applied even without filters: an expression template (SOQL) is the query itself.
      if (spec.list().filters() != null) {
        w.apply(call, filters, List.of());
      }
      if (server && inc.in().equals("query")) {
        call.query(inc.param(), value);
      } else if (server && inc.in().equals("header")) {
        call.header(inc.param(), value);
      }
    };
  }

  private static boolean flagged(Deletions del, CrmRecord r) {
    Object v = r.fields().containsKey(del.field()) ? r.fields().get(del.field()) : null;
    return String.valueOf(del.value()).equals(String.valueOf(v));
  }

  private static Checkpoint checkpoint(Instant since, Instant max, PageState page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("since", since == null ? null : since.toString());
    m.put("max", max == null ? null : max.toString());
    m.put("page", page == null ? null : page.toMap());
    return Checkpoint.parse(Json.write(m));
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static Instant instant(Object v) {
    return v == null ? null : Instant.parse(v.toString());
  }
}
