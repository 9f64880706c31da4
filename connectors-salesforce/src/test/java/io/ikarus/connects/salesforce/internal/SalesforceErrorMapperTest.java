package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.salesforce.internal.dto.ApiError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceErrorMapperTest {

  private static final ErrorContext CTX = ErrorContext.of("salesforce", "create");

  private static CrmException map(int status, String body) {
    ErrorContext withId = CTX.withResponse(status, null, "req-1");
    return SalesforceErrorMapper.map(withId, status, body, Duration.ofSeconds(3));
  }

  private static String error(String code, String message, String... fields) {
    String list = fields.length == 0 ? "" : "\"" + String.join("\",\"", fields) + "\"";
    return "[{\"message\":\""
        + message
        + "\",\"errorCode\":\""
        + code
        + "\",\"fields\":["
        + list
        + "]}]";
  }

  @Test
  void fieldErrorsBecomeValidationWithFieldNames() {
    CrmException e =
        map(
            400,
            error("REQUIRED_FIELD_MISSING", "Required fields are missing", "LastName", "Company"));
    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e).fields()).containsExactly("LastName", "Company");
    assertThat(e.vendorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.requestId()).isEqualTo("req-1");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void malformedQueryCarriesSalesforcesMessage() {
    CrmException e = map(400, error("MALFORMED_QUERY", "unexpected token: FORM"));
    assertThat(e).isInstanceOf(ValidationException.class).hasMessageContaining("unexpected token");
  }

  @Test
  void dailyLimitIsNotRetryableButConcurrentLimitIs() {
    CrmException daily = map(403, error("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
    assertThat(daily).isInstanceOf(RateLimitException.class);
    assertThat(daily.isRetryable()).isFalse();
    CrmException concurrent =
        map(403, error("REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded."));
    assertThat(concurrent.isRetryable()).isTrue();
  }

  @Test
  void mapsTheOtherCodesAndStatuses() {
    assertThat(map(401, error("INVALID_SESSION_ID", "Session expired or invalid")))
        .isInstanceOf(AuthenticationException.class);
    assertThat(map(400, error("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access")))
        .isInstanceOf(ServerException.class)
        .matches(CrmException::isRetryable);
    assertThat(map(404, error("NOT_FOUND", "The requested resource does not exist")))
        .isInstanceOf(NotFoundException.class);
    assertThat(map(400, error("ENTITY_IS_DELETED", "entity is deleted")))
        .isInstanceOf(NotFoundException.class);
    assertThat(map(403, error("INSUFFICIENT_ACCESS", "no access")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(map(409, "")).isInstanceOf(ConflictException.class);
    assertThat(map(503, "<html>busy</html>"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("unreadable error body")
        .matches(CrmException::isRetryable);
    RateLimitException tooMany = (RateLimitException) map(429, "");
    assertThat(tooMany.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(tooMany.isRetryable()).isTrue();
  }

  @Test
  void multipleExternalIdMatchesAreAConflictListingThem() {
    CrmException e =
        map(
            300,
            "[\"/services/data/v66.0/sobjects/Account/001A\",\"/services/data/v66.0/sobjects/Account/001B\"]");
    assertThat(e)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("001A")
        .hasMessageContaining("001B");
  }

  @Test
  void collectionItemsReadStatusCodeAndDropRollBackNoise() {
    List<ApiError> errors =
        List.of(
            new ApiError(SalesforceErrorMapper.ROLLED_BACK, "rolled back", List.of()),
            new ApiError("INVALID_EMAIL_ADDRESS", "bad email", List.of("Email")));
    CrmException e = SalesforceErrorMapper.item(CTX, errors);
    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.vendorCode()).isEqualTo("INVALID_EMAIL_ADDRESS");
    assertThat(((ValidationException) e).fields()).containsExactly("Email");

    assertThat(
            SalesforceErrorMapper.errors(
                "[{\"statusCode\":\"X\",\"message\":\"m\",\"fields\":[\"F\"]}]"))
        .containsExactly(new ApiError("X", "m", List.of("F")));
  }

  @Test
  void parsesLimitInfo() {
    assertThat(LimitInfo.parse("api-usage=18/5000")).contains(new LimitInfo(18, 5000));
    assertThat(LimitInfo.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=x)"))
        .contains(new LimitInfo(25, 5000));
    assertThat(
            LimitInfo.parse("api-usage=110018/100000; api-bursts=1/750").orElseThrow().remaining())
        .isZero();
    assertThat(LimitInfo.parse("per-app-api-usage=17/250(appName=x)")).isEmpty();
    assertThat(LimitInfo.parse(null)).isEmpty();
  }
}
