package io.ikarus.connects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A portable query: an object, the fields to read, filters joined by AND, an optional
 * modified-since bound, order, limit and page size. Immutable: every method returns a new query.
 *
 * <p>Each connector translates a query to its vendor's dialect (SOQL, OData, HubSpot search, monday
 * {@code query_params}) and escapes every filter value, so a value can never change the query's
 * structure. Field names are identifiers, not values: a connector rejects a field name that is not
 * a valid identifier in its dialect with {@link io.ikarus.connects.error.ValidationException}.
 *
 * <pre>{@code
 * Query q = Query.of("Contact").fields("Id", "Email")
 *     .where("Email", Query.Op.CONTAINS, "@example.com")
 *     .orderBy("LastName", true)
 *     .limit(500);
 * }</pre>
 */
public final class Query {

  /** Filter operators. */
  public enum Op {
    /** Equal to the value. */
    EQ,
    /** Not equal to the value. */
    NE,
    /** Greater than the value. */
    GT,
    /** Greater than or equal to the value. */
    GTE,
    /** Less than the value. */
    LT,
    /** Less than or equal to the value. */
    LTE,
    /** Equal to one of the values; the value is a {@link Collection}. */
    IN,
    /** A text field containing the value as a substring. */
    CONTAINS,
    /** Empty when the value is {@code true} (or null), non-empty when {@code false}. */
    IS_NULL
  }

  /**
   * One filter condition.
   *
   * @param field the field name
   * @param op the operator
   * @param value the value: a String, Number, Boolean, Instant, LocalDate, a Collection for {@link
   *     Op#IN}, or a Boolean for {@link Op#IS_NULL}
   */
  public record Filter(String field, Op op, Object value) {
    /** Validates the operator's value. */
    public Filter {
      requireField(field);
      Objects.requireNonNull(op, "op");
      if (op == Op.IN && !(value instanceof Collection<?> c && !c.isEmpty())) {
        throw new IllegalArgumentException(
            "filter on '" + field + "': IN needs a non-empty Collection value");
      }
      if (op == Op.IS_NULL && value != null && !(value instanceof Boolean)) {
        throw new IllegalArgumentException(
            "filter on '" + field + "': IS_NULL takes a Boolean value, not " + value.getClass());
      }
      if (op != Op.IS_NULL && op != Op.IN && value == null) {
        throw new IllegalArgumentException(
            "filter on '" + field + "': " + op + " needs a value; use IS_NULL for null");
      }
      if (value instanceof Collection<?> c) {
        if (c.stream().anyMatch(Objects::isNull)) {
          throw new IllegalArgumentException(
              "filter on '" + field + "': IN values must not contain null; use IS_NULL for null");
        }
        value = List.copyOf(c);
      }
    }
  }

  /**
   * One sort key.
   *
   * @param field the field name
   * @param ascending true for ascending order
   */
  public record Order(String field, boolean ascending) {
    /** Validates. */
    public Order {
      requireField(field);
    }
  }

  private final String object;
  private final List<String> fields;
  private final List<Filter> filters;
  private final Instant modifiedSince;
  private final List<Order> orderBy;
  private final int limit;
  private final int pageSize;

  private Query(
      String object,
      List<String> fields,
      List<Filter> filters,
      Instant modifiedSince,
      List<Order> orderBy,
      int limit,
      int pageSize) {
    this.object = object;
    this.fields = List.copyOf(fields);
    this.filters = List.copyOf(filters);
    this.modifiedSince = modifiedSince;
    this.orderBy = List.copyOf(orderBy);
    this.limit = limit;
    this.pageSize = pageSize;
  }

  /** Returns a query for every record of {@code object}, reading the connector's default fields. */
  public static Query of(String object) {
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("object must not be blank");
    }
    return new Query(object, List.of(), List.of(), null, List.of(), 0, 0);
  }

  /** Returns this query reading only {@code fields} (in addition to the id). */
  public Query fields(String... fields) {
    List<String> list = List.of(fields);
    list.forEach(Query::requireField);
    return new Query(object, list, filters, modifiedSince, orderBy, limit, pageSize);
  }

  /** Returns this query with one more filter, ANDed with the others. */
  public Query where(String field, Op op, Object value) {
    List<Filter> list = new ArrayList<>(filters);
    list.add(new Filter(field, op, value));
    return new Query(object, fields, list, modifiedSince, orderBy, limit, pageSize);
  }

  /** Returns this query restricted to records modified at or after {@code instant}. */
  public Query modifiedSince(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return new Query(object, fields, filters, instant, orderBy, limit, pageSize);
  }

  /** Returns this query with one more sort key. */
  public Query orderBy(String field, boolean ascending) {
    List<Order> list = new ArrayList<>(orderBy);
    list.add(new Order(field, ascending));
    return new Query(object, fields, filters, modifiedSince, list, limit, pageSize);
  }

  /** Returns this query returning at most {@code limit} records in all pages together. */
  public Query limit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return new Query(object, fields, filters, modifiedSince, orderBy, limit, pageSize);
  }

  /** Returns this query asking for pages of {@code pageSize} (the vendor may cap it). */
  public Query pageSize(int pageSize) {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
    }
    return new Query(object, fields, filters, modifiedSince, orderBy, limit, pageSize);
  }

  /** The object type queried. */
  public String object() {
    return object;
  }

  /** The fields to read; empty means the connector's default set. */
  public List<String> fields() {
    return fields;
  }

  /** The filters, all of which a record must match. */
  public List<Filter> filters() {
    return filters;
  }

  /** The modified-since bound, or null. */
  public Instant modifiedSince() {
    return modifiedSince;
  }

  /** The sort keys, most significant first. */
  public List<Order> orderBy() {
    return orderBy;
  }

  /** The maximum number of records, if limited. */
  public OptionalInt limit() {
    return limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The requested page size, if set. */
  public OptionalInt pageSize() {
    return pageSize == 0 ? OptionalInt.empty() : OptionalInt.of(pageSize);
  }

  private static void requireField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q
        && object.equals(q.object)
        && fields.equals(q.fields)
        && filters.equals(q.filters)
        && Objects.equals(modifiedSince, q.modifiedSince)
        && orderBy.equals(q.orderBy)
        && limit == q.limit
        && pageSize == q.pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, fields, filters, modifiedSince, orderBy, limit, pageSize);
  }

  @Override
  public String toString() {
    return "Query{object="
        + object
        + ", fields="
        + fields
        + ", filters="
        + filters.size()
        + ", modifiedSince="
        + modifiedSince
        + ", orderBy="
        + orderBy
        + ", limit="
        + limit
        + ", pageSize="
        + pageSize
        + '}';
  }
}
