package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.config.Specs.ListSpec;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a list request page by page. A vendor page larger than the requested size is handed out in
 * pieces of that size without another request; {@code Query.limit} stops reading. Thread-safe.
 */
public final class Lister {

  private final Runtime rt;

  /** A lister over {@code rt}. */
  public Lister(Runtime rt) {
    this.rt = rt;
  }

  /** One fetched vendor page: its records, its parsed body and the state of the next page. */
  public record Fetched(List<CrmRecord> records, Object body, PageState next) {}

  /** The first page of {@code query}. */
  public CompletableFuture<Page> first(Query query) {
    ObjectSpec spec = rt.object(query.object());
    ListSpec list = list(spec);
    int size = size(spec, list, query.pageSize().orElse(0));
    List<Query.Filter> filters = new ArrayList<>(query.filters());
    if (query.modifiedSince() != null) {
      filters.add(new Query.Filter(modifiedField(spec), Query.Op.GTE, query.modifiedSince()));
    }
    FilterWriter writer =
        new FilterWriter(list.filters(), rt.records(spec.name()), rt.contexts().apply("query"));
    Consumer<Call> customize = call -> writer.apply(call, filters, query.orderBy());
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    Paging paging = new Paging(spec, list, customize, writer.verifier(filters), size);
    return page(paging, null, limit);
  }

  /** Fetches one vendor page of {@code list}. */
  public CompletableFuture<Fetched> fetch(
      ObjectSpec spec, ListSpec list, Consumer<Call> customize, PageState state, int size) {
    boolean next = state != null && list.pagination().next() != null;
    Vars vars = rt.vars(spec.name()).with("page", java.util.Map.of("size", size));
    Call call = rt.call(next ? list.pagination().next() : list.request(), vars, "list");
    if (!next || list.pagination().in().equals("query")) {
      customize.accept(call);
    }
    Pager.apply(list, call, state, size);
    return rt.send(call)
        .thenApply(
            resp -> {
              Object body = Runtime.body(resp);
              Records records = rt.records(spec.name());
              List<CrmRecord> found = records.all(body, list.request().records());
              if (next && list.pagination().next().records() != null) {
                found = records.all(body, list.pagination().next().records());
              }
              PageState after = Pager.next(list, state, resp, body, found.size(), size);
              return new Fetched(found, body, after);
            });
  }

  /** The object's list spec; missing is an error naming the key. */
  public static ListSpec list(ObjectSpec spec) {
    if (spec.list() == null) {
      throw new GenericConfigException(
          "objects." + spec.name() + ".list", "is not configured for this object", null);
    }
    return spec.list();
  }

  /** The page size to ask for: the requested one, else the configured one, at most the max. */
  public static int size(ObjectSpec spec, ListSpec list, int requested) {
    int size = requested > 0 ? requested : list.pagination().pageSize();
    return Math.min(size, spec.maxPageSize());
  }

  /** The vendor name of the modified-at field. */
  public static String modifiedField(ObjectSpec spec) {
    if (spec.incremental() != null && spec.incremental().field() != null) {
      return spec.incremental().field();
    }
    if (spec.modifiedAt() == null) {
      throw new GenericConfigException(
          "objects." + spec.name() + ".modifiedAt", "is required for modifiedSince", null);
    }
    String p = spec.modifiedAt().toString();
    return p.startsWith("$.") ? p.substring(2) : p;
  }

  /** One query's fixed paging inputs. */
  private record Paging(
      ObjectSpec spec,
      ListSpec list,
      Consumer<Call> customize,
      Predicate<CrmRecord> keep,
      int size) {}

  private CompletableFuture<Page> page(Paging p, PageState state, int limit) {
    return fetch(p.spec(), p.list(), p.customize(), state, p.size())
        .thenApply(f -> slice(p, f.records().stream().filter(p.keep()).toList(), f.next(), limit));
  }

  private Page slice(Paging p, List<CrmRecord> records, PageState next, int limit) {
    int take = Math.min(Math.min(p.size(), records.size()), limit);
    List<CrmRecord> head = records.subList(0, take);
    int left = limit - take;
    if (left <= 0) {
      return Page.last(head);
    }
    if (take < records.size()) {
      List<CrmRecord> rest = List.copyOf(records.subList(take, records.size()));
      return Page.of(head, () -> CompletableFuture.completedFuture(slice(p, rest, next, left)));
    }
    if (next == null) {
      return Page.last(head);
    }
    return Page.of(head, () -> page(p, next, left));
  }
}
