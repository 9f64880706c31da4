package io.ikarus.connects.testkit.internal.monday;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Turns a resolver's {@link MondayApiError} into a monday-shaped GraphQL error on its path. */
final class MondayErrorHandler implements DataFetcherExceptionHandler {

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters params) {
    Throwable e = params.getException();
    Map<String, Object> extensions = new LinkedHashMap<>();
    String message;
    if (e instanceof MondayApiError error) {
      message = error.getMessage();
      extensions.put("code", error.code());
      extensions.put("status_code", error.statusCode());
      extensions.put("error_data", error.errorData());
    } else {
      message = "Internal server error";
      extensions.put("code", "INTERNAL_SERVER_ERROR");
      extensions.put("status_code", 500);
    }
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message(message)
            .location(params.getSourceLocation())
            .path(params.getPath())
            .extensions(extensions)
            .build();
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult().error(error).build());
  }
}
