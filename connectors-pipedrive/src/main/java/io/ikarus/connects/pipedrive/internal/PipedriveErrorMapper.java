package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.time.Duration;

/**
 * Maps Pipedrive's errors ({@code {success:false, error, error_info}}): a 429 with {@code
 * x-ratelimit-remaining: 0} is the 2-second burst window (retryable after {@code
 * x-ratelimit-reset}); any other 429 is the daily budget (not retryable, until midnight); the
 * Cloudflare 403 HTML page means the client kept sending after 429s (not retryable); the rest by
 * status.
 */
public final class PipedriveErrorMapper implements ErrorMapper {

  private final TokenMeter meter;

  /** A mapper that tells {@code meter} when Pipedrive reports the budget spent. */
  public PipedriveErrorMapper(TokenMeter meter) {
    this.meter = meter;
  }

  @Override
  public CrmException map(ApiResponse response, ErrorContext context) {
    int status = response.status();
    if (status < 400) {
      return null;
    }
    ErrorContext ctx = context.withResponse(status, code(response), context.requestId());
    if (status == 429) {
      return tooMany(response, ctx);
    }
    if (status == 403 && isHtml(response)) {
      return new RateLimitException(
          "Cloudflare blocked the client for sending after 429 responses; wait before retrying",
          ctx,
          Duration.ofMinutes(1),
          false);
    }
    return ErrorMapper.forStatus(ctx, message(response), response.retryAfter());
  }

  private CrmException tooMany(ApiResponse response, ErrorContext ctx) {
    Long remaining = RateLimitHeaders.number(response.header("x-ratelimit-remaining"));
    if (remaining == null || remaining < 1) {
      Long reset = RateLimitHeaders.number(response.header("x-ratelimit-reset"));
      Duration wait =
          reset == null ? Duration.ofSeconds(2) : Duration.ofSeconds(Math.max(1, reset));
      Duration retryAfter = response.retryAfter() != null ? response.retryAfter() : wait;
      return new RateLimitException("Pipedrive burst limit reached", ctx, retryAfter, true);
    }
    meter.markExhausted();
    return meter.exhaustedError(ctx);
  }

  private static boolean isHtml(ApiResponse response) {
    String type = response.header("Content-Type");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
  }

  private static String message(ApiResponse response) {
    return body(response).text();
  }

  private static String code(ApiResponse response) {
    return body(response).code();
  }

  private static Dtos.ErrorBody body(ApiResponse response) {
    if (!response.hasBody() || isHtml(response)) {
      return Dtos.ErrorBody.NONE;
    }
    try {
      Dtos.ErrorBody body = response.json(Dtos.ErrorBody.class);
      return body == null ? Dtos.ErrorBody.NONE : body;
    } catch (CrmException unreadable) {
      return Dtos.ErrorBody.NONE;
    }
  }
}
