package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Filter;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.generic.internal.config.Specs.Filters;
import io.ikarus.connects.generic.internal.config.Specs.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes the portable {@link Query}'s filters and order into a request, in the configured style:
 * query parameters, items appended to a JSON body array, or an expression language (SOQL-like)
 * whose string literals are quoted and escaped as configured. Values only ever travel as
 * parameters, body values or escaped literals. Thread-safe.
 */
public final class FilterWriter {

  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

  private final Filters spec;
  private final Records records;
  private final ErrorContext context;

  /** A writer for one object's list. */
  public FilterWriter(Filters spec, Records records, ErrorContext context) {
    this.spec = spec;
    this.records = records;
    this.context = context;
  }

  /**
   * Applies {@code filters} and {@code order} to {@code call}; an unmapped operator is an error.
   */
  public void apply(Call call, List<Filter> filters, List<Query.Order> order) {
    if (spec == null) {
      if (!filters.isEmpty() || !order.isEmpty()) {
        throw invalid("this object's list has no filters configured");
      }
      return;
    }
    List<String> expressions = new ArrayList<>();
    for (Filter f : filters) {
      String field = field(f.field());
      switch (spec.style()) {
        case "query" -> queryParam(call, field, f);
        case "body" -> bodyItem(call, field, f);
        default -> expressions.add(expression(field, f));
      }
    }
    String orderText = order(call, order);
    if (spec.style().equals("expression")) {
      String where =
          expressions.isEmpty() ? "" : spec.where() + String.join(spec.join(), expressions);
      Vars v = Vars.empty().with("where", where).with("order", orderText);
      call.query(spec.param() == null ? "q" : spec.param(), Template.text(spec.template(), v));
    }
  }

  /**
   * With {@code verify}, a check that a returned record really matches the equality, containment
   * and emptiness filters (the server may only narrow, as monday's {@code contains_text} does);
   * otherwise accepts everything.
   */
  public Predicate<CrmRecord> verifier(List<Filter> filters) {
    if (spec == null || !spec.verify()) {
      return r -> true;
    }
    return r -> filters.stream().allMatch(f -> holds(f, r.fields().get(f.field())));
  }

  private static boolean holds(Filter f, Object actual) {
    String a = actual == null ? null : Template.text(actual);
    return switch (f.op()) {
      case EQ -> Template.text(f.value()).equals(a);
      case NE -> !Template.text(f.value()).equals(a);
      case CONTAINS -> a != null && a.contains(Template.text(f.value()));
      case IN -> ((Collection<?>) f.value()).stream().anyMatch(v -> Template.text(v).equals(a));
      case IS_NULL -> Boolean.FALSE.equals(f.value()) == (a != null && !a.isEmpty());
      default -> true;
    };
  }

  private void queryParam(Call call, String field, Filter f) {
    String name = spec.params().get(f.op().name());
    if (name == null) {
      throw unsupported(f);
    }
    call.query(Template.text(name, Vars.empty().with("field", field)), text(f.value()));
  }

  private void bodyItem(Call call, String field, Filter f) {
    Object op = spec.ops().get(f.op().name());
    if (op == null) {
      throw unsupported(f);
    }
    Object template = op instanceof Map ? op : spec.item();
    Vars v =
        Vars.empty()
            .with("field", field)
            .with("op", op instanceof String s ? s : f.op().name())
            .with("value", value(f.value()));
    BodyPaths.append(call.body(), spec.bodyPath(), Template.json(template, v));
  }

  private String expression(String field, Filter f) {
    String template = spec.expressions().get(f.op().name());
    if (template == null) {
      throw unsupported(f);
    }
    return Template.text(
        template, Vars.empty().with("field", field).with("value", literal(f.value())));
  }

  private String order(Call call, List<Query.Order> order) {
    if (order.isEmpty()) {
      return "";
    }
    Order o = spec.order();
    if (o == null) {
      throw invalid("this object's list has no order configured");
    }
    StringBuilder text = new StringBuilder();
    for (Query.Order one : order) {
      String dir = one.ascending() ? o.asc() : o.desc();
      Vars v = Vars.empty().with("field", field(one.field())).with("direction", dir);
      String value = Template.text(o.value(), v);
      if (o.param() != null) {
        call.query(o.param(), value);
        call.query(o.directionParam(), o.directionParam() == null ? null : dir);
      } else {
        text.append(text.length() == 0 ? " ORDER BY " : ", ").append(value);
      }
    }
    return text.toString();
  }

  /** A literal for the expression style: quoted and escaped text, bare numbers and booleans. */
  String literal(Object value) {
    if (value instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      c.forEach(v -> parts.add(literal(v)));
      return "(" + String.join(", ", parts) + ")";
    }
    if (value == null) {
      return "null";
    }
    if (value instanceof Instant i) {
      // Expression languages (SOQL) take whole-second datetime literals, unquoted.
      return i.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Template.text(value);
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(spec.quote());
    for (int i = 0; i < s.length(); i++) {
      String ch = String.valueOf(s.charAt(i));
      out.append(spec.escapes().getOrDefault(ch, ch));
    }
    return out.append(spec.quote()).toString();
  }

  private String text(Object value) {
    if (value instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      c.forEach(v -> parts.add(Template.text(v)));
      return String.join(spec.listSeparator(), parts);
    }
    return value == null ? null : Template.text(value);
  }

  private static Object value(Object value) {
    if (value instanceof Collection<?> c) {
      return c.stream().map(FilterWriter::value).toList();
    }
    return value instanceof Instant i ? i.toString() : value;
  }

  private String field(String portable) {
    String vendor = records.vendorName(portable);
    if (!FIELD.matcher(vendor).matches()) {
      throw invalid("field name '" + portable + "' is not a plain name");
    }
    return vendor;
  }

  private ValidationException unsupported(Filter f) {
    return invalid(
        "operator " + f.op() + " is not configured for filters (field " + f.field() + ")");
  }

  private ValidationException invalid(String detail) {
    return new ValidationException(detail, context, List.of());
  }
}
