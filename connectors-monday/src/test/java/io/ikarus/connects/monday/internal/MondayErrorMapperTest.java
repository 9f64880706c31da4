package io.ikarus.connects.monday.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The error shapes of monday's API versions, as documented in its changelog. */
class MondayErrorMapperTest {

  private final MondayErrorMapper mapper = new MondayErrorMapper();
  private final ErrorContext context = ErrorContext.of("monday", "query");

  private CrmException map(int status, String body, Map<String, List<String>> headers) {
    ApiResponse response =
        ApiResponse.of(
            ApiRequest.post("/v2").build(),
            "monday",
            status,
            headers,
            body.getBytes(StandardCharsets.UTF_8),
            Instant.parse("2026-01-01T00:00:00Z"));
    return mapper.map(response, context.withResponse(status, null, null));
  }

  private CrmException map(String body) {
    return map(200, body, Map.of());
  }

  @Test
  void budgetExhaustedInThe2025_07FormatCarriesRetryInSeconds() {
    CrmException e =
        map(
            "{\"errors\":[{\"message\":\"Complexity budget exhausted\","
                + "\"extensions\":{\"code\":\"COMPLEXITY_BUDGET_EXHAUSTED\",\"retry_in_seconds\":7}}]}");

    assertThat(e).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void budgetExhaustedInThe2025_01FormatIsReadToo() {
    CrmException e =
        map(
            "{\"errors\":[{\"message\":\"Complexity budget exhausted\","
                + "\"extensions\":{\"code\":\"COMPLEXITY_BUDGET_EXHAUSTED\",\"complexity\":6182,"
                + "\"complexity_budget_left\":100,\"complexity_budget_limit\":5000000,"
                + "\"retry_in_seconds\":60,\"status_code\":429}}]}");

    assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void theLegacyComplexityExceptionIsParsedFromItsMessage() {
    CrmException e =
        map(
            429,
            "{\"error_code\":\"ComplexityException\",\"status_code\":429,"
                + "\"error_message\":\"Complexity budget exhausted, query cost 30001 budget remaining"
                + " 19986 out of 1000000 reset in 3 seconds\",\"error_data\":{},\"account_id\":1}",
            Map.of());

    assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void errorsWithAPathAreLeftToTheirAlias() {
    assertThat(
            map(
                "{\"data\":{\"m0\":null,\"m1\":{\"id\":\"1\"}},\"errors\":[{\"message\":\"x\","
                    + "\"path\":[\"m0\"],\"extensions\":{\"code\":\"ColumnValueException\"}}]}"))
        .isNull();
    assertThat(map("{\"data\":{\"me\":{\"id\":\"1\"}}}")).isNull();
  }

  @Test
  void codesMapToThePortableExceptions() {
    assertThat(map(error("UserUnauthorizedException")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(map(error("InvalidBoardIdException"))).isInstanceOf(NotFoundException.class);
    assertThat(map(error("JsonParseException"))).isInstanceOf(ValidationException.class);
    CrmException daily = map(error("DAILY_LIMIT_EXCEEDED"));
    assertThat(daily).isInstanceOf(RateLimitException.class);
    assertThat(daily.isRetryable()).isFalse();
  }

  @Test
  void theRequestIdComesFromTheBody() {
    CrmException e =
        map(
            "{\"errors\":[{\"message\":\"m\",\"extensions\":{\"code\":"
                + "\"InvalidArgumentException\"}}],\"extensions\":{\"request_id\":\"req-42\"}}");

    assertThat(e.requestId()).isEqualTo("req-42");
    assertThat(e.getMessage()).contains("InvalidArgumentException", "req-42");
  }

  @Test
  void aMalformedSuccessIsAServerErrorAndAMalformedFailureFallsBackToTheStatus() {
    assertThat(map("<html>")).isInstanceOf(ServerException.class);
    assertThat(map(502, "<html>", Map.of())).isNull();
  }

  @Test
  void a429WithoutRetryInSecondsUsesRetryAfter() {
    CrmException e = map(429, error("RATE_LIMIT_EXCEEDED"), Map.of("Retry-After", List.of("4")));

    assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(4));
  }

  private static String error(String code) {
    return "{\"errors\":[{\"message\":\"m\",\"extensions\":{\"code\":\"" + code + "\"}}]}";
  }
}
