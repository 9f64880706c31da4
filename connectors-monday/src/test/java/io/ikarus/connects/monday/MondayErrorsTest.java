package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeMonday;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** monday's errors, most of them with HTTP 200, become the portable exceptions. */
class MondayErrorsTest extends MondayTestSupport {

  private static Throwable failure(Runnable call) {
    try {
      call.run();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure");
  }

  @Test
  void aGraphQlValidationErrorIsAValidationExceptionWithMondaysMessage() {
    Throwable e =
        failure(() -> monday.graphql("query { boards { nosuchfield } }", Map.of(), 10).join());

    assertThat(e)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("GRAPHQL_VALIDATION_FAILED")
        .hasMessageContaining("nosuchfield");
    assertThat(((ValidationException) e).httpStatus()).isEqualTo(200);
    assertThat(((ValidationException) e).requestId()).isNotBlank();
  }

  @Test
  void anUnknownBoardIsNotFound() {
    assertThat(failure(() -> monday.describe("987654321").join()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("987654321");
  }

  @Test
  void updatingAMissingItemIsNotFoundFromTheAliasError() {
    assertThat(failure(() -> monday.update("leads", "42", Map.of("name", "x")).join()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ResourceNotFoundException");
  }

  @Test
  void aServerSideColumnValueExceptionNamesTheColumn() {
    Throwable e =
        failure(
            () ->
                monday
                    .graphql(
                        "mutation ($b: ID!, $v: JSON) { create_item(board_id: $b, item_name: \"x\","
                            + " column_values: $v) { id } }",
                        Map.of("b", fake.sampleBoardId(), "v", "{\"status\":{\"label\":\"Nope\"}}"),
                        10_000)
                    .join());

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e).fields()).containsExactly("status");
    assertThat(e).hasMessageContaining("ColumnValueException");
  }

  @Test
  void aBadTokenIsAnAuthenticationException() {
    MondayConnector wrong =
        MondayConnector.builder()
            .apiToken("wrong")
            .defaultObject("1")
            .options(
                ClientOptions.builder()
                    .baseUrl(URI.create(fake.url()))
                    .retry(RetrySettings.none())
                    .build())
            .build();

    assertThat(failure(() -> wrong.get("leads", "1").join()))
        .isInstanceOf(AuthenticationException.class);
    wrong.close();
  }

  @Test
  void anExhaustedBudgetIsWaitedOutUsingRetryInSeconds() {
    try (FakeMonday small =
            FakeMonday.builder().complexityBudget(15_000, Duration.ofSeconds(1)).start();
        MondayConnector client =
            MondayFixture.connector(small)
                .options(
                    MondayFixture.options(small, null).toBuilder()
                        .rateLimit(RateLimitSettings.builder().adaptive(false).build())
                        .build())
                .build()) {
      String id = client.create("leads", Map.of("name", "first")).join().id();

      client.update("leads", id, Map.of("name", "second")).join();

      assertThat(small.graphQlCalls())
          .anySatisfy(
              c -> assertThat(c.errorCodes()).containsExactly("COMPLEXITY_BUDGET_EXHAUSTED"));
      assertThat(client.get("leads", id).join().field("name")).isEqualTo("second");
    }
  }

  @Test
  void aPerQueryLimitBeyondTheBudgetFailsWithoutRetrying() {
    Throwable e =
        failure(
            () ->
                monday
                    .graphql(
                        "query { boards(limit: 500) { items_page(limit: 500) { items { id column_values"
                            + " { id text value } } } } }",
                        Map.of(),
                        10)
                    .join());

    assertThat(e)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("maxComplexityExceeded");
    assertThat(fake.journal().count()).isEqualTo(1);
  }

  @Test
  void a429WithRetryAfterIsRetried() {
    String id = monday.create("leads", Map.of("name", "r")).join().id();
    fake.faults().failNextWithRetryAfter(1, 429, Duration.ofSeconds(1));

    assertThat(monday.get("leads", id).join().id()).isEqualTo(id);
  }

  @Test
  void aDailyLimitIsNotRetried() {
    fake.faults()
        .failNext(
            1,
            429,
            "{\"errors\":[{\"message\":\"Daily limit exceeded\","
                + "\"extensions\":{\"code\":\"DAILY_LIMIT_EXCEEDED\"}}]}");

    Throwable e = failure(() -> monday.get("leads", "1").join());

    assertThat(e).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) e).isRetryable()).isFalse();
    assertThat(e).hasMessageContaining("DAILY_LIMIT_EXCEEDED");
  }
}
