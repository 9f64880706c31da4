package io.ikarus.connects.testkit.internal.dynamics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed OData {@code $filter} expression that tests one row. */
sealed interface FilterExpr {

  /** True when {@code row} matches. */
  boolean test(Map<String, Object> row);

  /** Adds every property name the expression reads to {@code names}. */
  void properties(Set<String> names);

  /** {@code left and right}. */
  record And(FilterExpr left, FilterExpr right) implements FilterExpr {
    @Override
    public boolean test(Map<String, Object> row) {
      return left.test(row) && right.test(row);
    }

    @Override
    public void properties(Set<String> names) {
      left.properties(names);
      right.properties(names);
    }
  }

  /** {@code left or right}. */
  record Or(FilterExpr left, FilterExpr right) implements FilterExpr {
    @Override
    public boolean test(Map<String, Object> row) {
      return left.test(row) || right.test(row);
    }

    @Override
    public void properties(Set<String> names) {
      left.properties(names);
      right.properties(names);
    }
  }

  /** {@code not inner}. */
  record Not(FilterExpr inner) implements FilterExpr {
    @Override
    public boolean test(Map<String, Object> row) {
      return !inner.test(row);
    }

    @Override
    public void properties(Set<String> names) {
      inner.properties(names);
    }
  }

  /** {@code property op literal}: eq, ne, gt, ge, lt, le. */
  record Compare(String property, String op, Object literal) implements FilterExpr {
    @Override
    public boolean test(Map<String, Object> row) {
      Object value = row.get(property);
      if (literal == null || value == null) {
        boolean same = literal == value;
        return op.equals("eq") ? same : op.equals("ne") && !same;
      }
      int c = ODataValues.compare(value, literal);
      return switch (op) {
        case "eq" -> c == 0;
        case "ne" -> c != 0;
        case "gt" -> c > 0;
        case "ge" -> c >= 0;
        case "lt" -> c < 0;
        default -> c <= 0;
      };
    }

    @Override
    public void properties(Set<String> names) {
      names.add(property);
    }
  }

  /**
   * {@code contains|startswith|endswith(property, 'text')}: a LIKE match as Dataverse runs it, so
   * {@code %}, {@code _} and {@code [..]} in the text are wildcards unless bracketed.
   */
  record Call(String function, String property, String text) implements FilterExpr {
    /** The string functions supported. */
    static final List<String> FUNCTIONS = List.of("contains", "startswith", "endswith");

    @Override
    public boolean test(Map<String, Object> row) {
      if (!(row.get(property) instanceof String value)) {
        return false;
      }
      String like =
          switch (function) {
            case "contains" -> "%" + text + "%";
            case "startswith" -> text + "%";
            default -> "%" + text;
          };
      return LikePattern.compile(like).matcher(value).matches();
    }

    @Override
    public void properties(Set<String> names) {
      names.add(property);
    }
  }
}
