package io.ikarus.connects.testkit.internal.monday;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fake's complexity model, computed from the document before anything runs (monday, too,
 * estimates a query's cost up front). Deterministic and documented so tests can predict it:
 *
 * <ul>
 *   <li>every item mutation ({@link #ITEM_MUTATIONS}): {@value #ITEM_MUTATION} plus its selection;
 *   <li>{@code items_page}, {@code next_items_page} and {@code items_page_by_column_values}: 10 +
 *       {@code limit} x the item selection;
 *   <li>{@code items}: the number of ids x the selection; {@code boards}: the number of ids (or
 *       {@code limit}) x the selection; {@code activity_logs}: {@code limit} x the selection;
 *   <li>{@code column_values} and {@code columns}: {@value #COLUMNS_ASSUMED} x the selection;
 *   <li>{@code complexity}: free; any other field: 1 plus its selection.
 * </ul>
 *
 * <p>Each validated operation is priced before any field runs and refused when it exceeds the
 * per-query limit ({@code maxComplexityExceeded}) or the remaining per-minute budget ({@code
 * COMPLEXITY_BUDGET_EXHAUSTED} with {@code retry_in_seconds}, the API 2025-07+ format). The charge
 * is left in the GraphQL context for the {@code complexity} field and the HTTP layer.
 */
public final class ComplexityCosts extends SimplePerformantInstrumentation {

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

  static final String CHARGE = "monday.charge";

  /** The budget state seen by one query. */
  record Charge(boolean accepted, long before, long after, long query, int resetInSeconds) {}

  private final CostBudget budget;
  private final long maxQuery;

  ComplexityCosts(CostBudget budget, long maxQuery) {
    this.budget = budget;
    this.maxQuery = maxQuery;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext ctx = parameters.getExecutionContext();
    int cost =
        QueryComplexityCalculator.newCalculator()
            .schema(ctx.getGraphQLSchema())
            .document(ctx.getDocument())
            .operationName(ctx.getOperationDefinition().getName())
            .variables(ctx.getCoercedVariables())
            .fieldComplexityCalculator(ComplexityCosts::price)
            .build()
            .calculate();
    if (cost > maxQuery) {
      throw abort(
          "Query has complexity of " + cost + ", which exceeds max complexity of " + maxQuery,
          Map.of("code", "maxComplexityExceeded", "complexity", cost, "max_complexity", maxQuery));
    }
    long before = budget.remaining();
    int reset = budget.secondsToReset();
    boolean accepted = budget.tryCharge(cost);
    Charge charge = new Charge(accepted, before, budget.remaining(), cost, reset);
    ctx.getGraphQLContext().put(CHARGE, charge);
    if (!charge.accepted()) {
      throw abort(
          "Complexity budget exhausted",
          Map.of(
              "code", "COMPLEXITY_BUDGET_EXHAUSTED", "retry_in_seconds", charge.resetInSeconds()));
    }
    return super.beginExecuteOperation(parameters, state);
  }

  private static AbortExecutionException abort(String message, Map<String, Object> extensions) {
    GraphQLError error =
        GraphqlErrorBuilder.newError().message(message).extensions(extensions).build();
    return new AbortExecutionException(List.of(error));
  }

  private static int price(FieldComplexityEnvironment env, int child) {
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
