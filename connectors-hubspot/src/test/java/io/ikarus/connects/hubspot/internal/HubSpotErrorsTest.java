package io.ikarus.connects.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.hubspot.internal.dto.BatchResponse;
import io.ikarus.connects.hubspot.internal.dto.ErrorBody;
import io.ikarus.connects.spi.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotErrorsTest {

  private static final ErrorContext CTX = ErrorContext.of("hubspot", "create");

  @Test
  void validationErrorNamesPropertiesAndDropsEmbeddedValues() {
    Map<String, Object> body =
        Map.of(
            "status", "error",
            "message", "Property values were not valid: [{\"isValid\":false,\"message\":\"x@y\"}]",
            "correlationId", "c-1",
            "category", "VALIDATION_ERROR",
            "errors",
                List.of(
                    Map.of(
                        "message", "Property \"foo\" does not exist",
                        "code", "PROPERTY_DOESNT_EXIST",
                        "context", Map.of("propertyName", List.of("foo")))));

    CrmException e = HubSpotErrors.map(400, body(body), CTX, null);

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e).fields()).containsExactly("foo");
    assertThat(e.vendorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(e.requestId()).isEqualTo("c-1");
    assertThat(e.detail()).isEqualTo("Property values were not valid").doesNotContain("x@y");
  }

  @Test
  void dailyLimitIsFinalAndTenSecondlyIsRetryable() {
    CrmException daily =
        HubSpotErrors.map(
            429,
            body(Map.of("policyName", "DAILY", "message", "daily")),
            CTX,
            Duration.ofSeconds(1));
    CrmException burst =
        HubSpotErrors.map(
            429,
            body(Map.of("policyName", "TEN_SECONDLY_ROLLING", "message", "burst")),
            CTX,
            Duration.ofSeconds(1));

    assertThat(daily).isInstanceOf(RateLimitException.class);
    assertThat(daily.isRetryable()).isFalse();
    assertThat(daily.vendorCode()).isEqualTo("DAILY");
    assertThat(burst.isRetryable()).isTrue();
    assertThat(((RateLimitException) burst).retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void statusesMapToTypes() {
    assertThat(HubSpotErrors.map(404, body(Map.of()), CTX, null))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            HubSpotErrors.map(409, body(Map.of("message", "Contact already exists.")), CTX, null))
        .isInstanceOf(ConflictException.class);
    assertThat(HubSpotErrors.map(502, body(Map.of()), CTX, null))
        .isInstanceOf(ServerException.class);
    assertThat(HubSpotErrors.map(423, body(Map.of()), CTX, null).isRetryable()).isTrue();
    assertThat(
            HubSpotErrors.map(
                    400,
                    body(Map.of("status", "BAD_REFRESH_TOKEN", "error", "invalid_grant")),
                    CTX,
                    null)
                .vendorCode())
        .isEqualTo("BAD_REFRESH_TOKEN");
  }

  @Test
  void batchReaderMatchesByTraceIdWhateverTheOrder() {
    Map<String, Object> body =
        Map.of(
            "status",
            "COMPLETE",
            "results",
            List.of(
                Map.of("id", "12", "objectWriteTraceId", "2", "new", true),
                Map.of("id", "10", "objectWriteTraceId", "0", "new", false)),
            "numErrors",
            1,
            "errors",
            List.of(
                Map.of(
                    "status", "error",
                    "category", "VALIDATION_ERROR",
                    "message", "bad",
                    "context", Map.of("objectWriteTraceId", List.of("1")))));
    List<SentInput> inputs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      inputs.add(new SentInput(Integer.toString(i), null, Map.of("firstname", "n" + i)));
    }
    BatchReader reader = new BatchReader(100, inputs, r -> null);

    read(reader, body, CTX);
    List<RecordResult> results = reader.results(CTX);

    assertThat(results).extracting(RecordResult::index).containsExactly(100, 101, 102, 103);
    assertThat(results.get(0).id()).isEqualTo("10");
    assertThat(results.get(0).created()).isFalse();
    assertThat(results.get(1).error()).isInstanceOf(ValidationException.class);
    assertThat(results.get(2).created()).isTrue();
    assertThat(results.get(3).error()).isInstanceOf(ServerException.class);
  }

  @Test
  void aSingleContextValueIsReadAsAListOfOne() {
    Map<String, Object> body =
        Map.of(
            "category",
            "VALIDATION_ERROR",
            "errors",
            List.of(Map.of("message", "bad", "context", Map.of("propertyName", "email"))));

    CrmException e = HubSpotErrors.map(400, body(body), CTX, null);

    assertThat(((ValidationException) e).fields()).containsExactly("email");
  }

  /** {@code map}, an error body as parsed JSON, bound as the error mapper binds it. */
  private static ErrorBody body(Map<String, Object> map) {
    return Json.convert(map, ErrorBody.class);
  }

  /** Feeds {@code body}, a batch answer as parsed JSON, to {@code reader} as the connector does. */
  private static void read(BatchReader reader, Object body, ErrorContext context) {
    reader.read(Json.convert(body, BatchResponse.class), context);
  }
}
