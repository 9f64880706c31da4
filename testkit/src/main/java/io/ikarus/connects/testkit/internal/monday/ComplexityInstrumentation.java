package io.ikarus.connects.testkit.internal.monday;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
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

/**
 * Prices each validated operation and refuses it, before any field runs, when it exceeds the
 * per-query limit ({@code maxComplexityExceeded}) or the remaining per-minute budget ({@code
 * COMPLEXITY_BUDGET_EXHAUSTED} with {@code retry_in_seconds}, the API 2025-07+ format). The charge
 * is left in the GraphQL context for the {@code complexity} field and the HTTP layer.
 */
final class ComplexityInstrumentation extends SimplePerformantInstrumentation {

  static final String CHARGE = "monday.charge";

  /** The budget state seen by one query. */
  record Charge(boolean accepted, long before, long after, long query, int resetInSeconds) {}

  private final CostBudget budget;
  private final long maxQuery;

  ComplexityInstrumentation(CostBudget budget, long maxQuery) {
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
            .fieldComplexityCalculator(new ComplexityCosts())
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
}
