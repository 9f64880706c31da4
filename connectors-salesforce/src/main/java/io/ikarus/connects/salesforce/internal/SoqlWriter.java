package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Filter;
import io.ikarus.connects.Query.Order;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Translates a portable {@link Query} into SOQL. Object and field names are validated as
 * identifiers ({@link Identifiers}); every filter value goes through {@link SoqlLiteral}, so no
 * value can alter the statement. Filters are joined with {@code AND}; {@code modifiedSince} becomes
 * {@code SystemModstamp >= <instant>}.
 */
public final class SoqlWriter {

  private static final Pattern FROM =
      Pattern.compile("(?i)(?<![A-Za-z0-9_])FROM\\s+([A-Za-z][A-Za-z0-9_]*)");

  private SoqlWriter() {}

  /**
   * Writes the statement.
   *
   * @param query the portable query
   * @param defaultFields the fields to select when the query names none (the object's fields)
   */
  public static String write(Query query, List<String> defaultFields) {
    String object = Identifiers.object(query.object(), "query");
    StringBuilder soql = new StringBuilder("SELECT ").append(select(query, defaultFields));
    soql.append(" FROM ").append(object);
    List<String> conditions = new ArrayList<>();
    for (Filter f : query.filters()) {
      conditions.add(condition(f));
    }
    if (query.modifiedSince() != null) {
      conditions.add(
          SalesforceNames.MODSTAMP
              + " >= "
              + SoqlLiteral.of(query.modifiedSince(), "modifiedSince"));
    }
    if (!conditions.isEmpty()) {
      soql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    if (!query.orderBy().isEmpty()) {
      soql.append(" ORDER BY ")
          .append(
              query.orderBy().stream().map(SoqlWriter::order).collect(Collectors.joining(", ")));
    }
    query.limit().ifPresent(limit -> soql.append(" LIMIT ").append(limit));
    return soql.toString();
  }

  /**
   * The object a SOQL statement reads: the name after the top-level {@code FROM} (not one inside a
   * sub-query or a string literal); empty when there is none.
   */
  public static String objectOf(String soql) {
    Matcher from = FROM.matcher(soql).useTransparentBounds(true);
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < soql.length(); i++) {
      char c = soql.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '\'') {
          quoted = false;
        }
      } else if (c == '\'') {
        quoted = true;
      } else if (c == '(' || c == ')') {
        depth += c == '(' ? 1 : -1;
      } else if (depth == 0 && from.region(i, soql.length()).lookingAt()) {
        return from.group(1);
      }
    }
    return "";
  }

  private static String select(Query query, List<String> defaultFields) {
    Set<String> fields = new LinkedHashSet<>();
    fields.add("Id");
    List<String> requested = query.fields().isEmpty() ? defaultFields : query.fields();
    for (String f : requested) {
      fields.add(Identifiers.field(f, "query"));
    }
    return String.join(", ", fields);
  }

  private static String order(Order o) {
    return Identifiers.field(o.field(), "query") + (o.ascending() ? " ASC" : " DESC");
  }

  static String condition(Filter f) {
    String field = Identifiers.field(f.field(), "query");
    return switch (f.op()) {
      case EQ -> field + " = " + SoqlLiteral.of(f.value(), field);
      case NE -> field + " != " + SoqlLiteral.of(f.value(), field);
      case GT -> field + " > " + SoqlLiteral.of(f.value(), field);
      case GTE -> field + " >= " + SoqlLiteral.of(f.value(), field);
      case LT -> field + " < " + SoqlLiteral.of(f.value(), field);
      case LTE -> field + " <= " + SoqlLiteral.of(f.value(), field);
      case CONTAINS -> field + " LIKE " + SoqlLiteral.containing(f.value(), field);
      case IN -> field + " IN (" + list((Collection<?>) f.value(), field) + ")";
      case IS_NULL -> field + (Boolean.FALSE.equals(f.value()) ? " != null" : " = null");
    };
  }

  private static String list(Collection<?> values, String field) {
    return values.stream().map(v -> SoqlLiteral.of(v, field)).collect(Collectors.joining(", "));
  }
}
