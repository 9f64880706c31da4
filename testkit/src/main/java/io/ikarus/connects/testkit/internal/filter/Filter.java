package io.ikarus.connects.testkit.internal.filter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filter model every fake's query language compiles to: conditions on named fields, joined by
 * all, any and not. A vendor parses its language (SOQL {@code WHERE}, OData {@code $filter},
 * HubSpot {@code filterGroups}, monday {@code query_params}) into this tree and supplies only the
 * leaves' semantics (how values compare, how text matches, how nulls count).
 *
 * @param <R> what the filter tests: a row, a record, an item
 */
public sealed interface Filter<R> extends Predicate<R> {

  /** Every term holds ({@code all}; true when there are none) or some term does (false if none). */
  record Join<R>(boolean all, List<Filter<R>> terms) implements Filter<R> {
    @Override
    public boolean test(R r) {
      return all
          ? terms.stream().allMatch(t -> t.test(r))
          : terms.stream().anyMatch(t -> t.test(r));
    }
  }

  /** The term does not hold. */
  record Not<R>(Filter<R> term) implements Filter<R> {
    @Override
    public boolean test(R r) {
      return !term.test(r);
    }
  }

  /** A vendor's condition on one field (null: on no field, such as an id list). */
  record Where<R>(String field, Predicate<R> condition) implements Filter<R> {
    @Override
    public boolean test(R r) {
      return condition.test(r);
    }
  }

  /** Every term holds. */
  static <R> Filter<R> all(List<? extends Filter<R>> terms) {
    return new Join<>(true, List.copyOf(terms));
  }

  /** Some term holds. */
  static <R> Filter<R> any(List<? extends Filter<R>> terms) {
    return new Join<>(false, List.copyOf(terms));
  }

  /** {@code term} does not hold. */
  static <R> Filter<R> not(Filter<R> term) {
    return new Not<>(term);
  }

  /** A condition on {@code field}. */
  static <R> Filter<R> where(String field, Predicate<R> condition) {
    return new Where<>(field, condition);
  }

  /** Matches everything. */
  static <R> Filter<R> always() {
    return new Join<>(true, List.of());
  }

  /** The fields the filter reads, in first-use order. */
  default Set<String> fields() {
    Set<String> names = new LinkedHashSet<>();
    collect(this, names);
    return names;
  }

  private static <R> void collect(Filter<R> f, Set<String> names) {
    if (f instanceof Join<R> j) {
      j.terms().forEach(t -> collect(t, names));
    } else if (f instanceof Not<R> n) {
      collect(n.term(), names);
    } else if (f instanceof Where<R> w && w.field() != null) {
      names.add(w.field());
    }
  }
}
