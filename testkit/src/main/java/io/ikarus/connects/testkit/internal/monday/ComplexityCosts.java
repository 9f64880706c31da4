package io.ikarus.connects.testkit.internal.monday;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fake's complexity model, computed from the document before anything runs (monday, too,
 * estimates a query's cost up front). Deterministic and documented so tests can predict it:
 *
 * <ul>
 *   <li>every item mutation ({@link #ITEM_MUTATIONS}): {@value #ITEM_MUTATION} plus its selection;
 *   <li>{@code items_page} and {@code next_items_page}: 10 + {@code limit} x the item selection;
 *   <li>{@code items}: the number of ids x the selection; {@code boards}: the number of ids (or
 *       {@code limit}) x the selection; {@code activity_logs}: {@code limit} x the selection;
 *   <li>{@code column_values} and {@code columns}: {@value #COLUMNS_ASSUMED} x the selection;
 *   <li>{@code complexity}: free; any other field: 1 plus its selection.
 * </ul>
 */
public final class ComplexityCosts implements FieldComplexityCalculator {

  /** The item mutations, each priced {@value #ITEM_MUTATION}. */
  public static final Set<String> ITEM_MUTATIONS =
      Set.of(
          "create_item",
          "change_multiple_column_values",
          "change_column_value",
          "archive_item",
          "delete_item");

  /** The cost of one item mutation, as monday's best-practice page quotes for create_item. */
  public static final int ITEM_MUTATION = 10_000;

  /** The column count assumed when pricing {@code column_values}. */
  public static final int COLUMNS_ASSUMED = 10;

  @Override
  public int calculate(FieldComplexityEnvironment env, int child) {
    Map<String, Object> args = env.getArguments();
    String name = env.getField().getName();
    if (ITEM_MUTATIONS.contains(name)) {
      return ITEM_MUTATION + child;
    }
    return switch (name) {
      case "complexity" -> 0;
      case "items_page", "next_items_page", "items_page_by_column_values" ->
          10 + number(args.get("limit"), 25) * child;
      case "items", "boards" -> count(args.get("ids"), number(args.get("limit"), 25)) * child;
      case "activity_logs" -> number(args.get("limit"), 25) * child;
      case "column_values", "columns" -> COLUMNS_ASSUMED * child;
      default -> 1 + child;
    };
  }

  private static int number(Object value, int fallback) {
    return value instanceof Number n ? Math.max(1, n.intValue()) : fallback;
  }

  private static int count(Object ids, int fallback) {
    return ids instanceof List<?> list ? Math.max(1, list.size()) : fallback;
  }
}
