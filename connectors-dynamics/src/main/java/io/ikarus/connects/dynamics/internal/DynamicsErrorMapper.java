package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.dynamics.internal.dto.ODataError;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.Json;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Dataverse's OData errors ({@code {"error":{"code":"0x80040217","message":"..."}}}) to the
 * SDK's exceptions: the hex code becomes the vendor code, {@code REQ_ID} the request id, and the
 * property a 400 names (unknown property, over-long value) a {@link FieldError}.
 */
public final class DynamicsErrorMapper implements ErrorMapper {

  /** The mapper; stateless. */
  public static final DynamicsErrorMapper INSTANCE = new DynamicsErrorMapper();

  private static final Pattern FIELD =
      Pattern.compile("(?:property named|property|length of the) '([A-Za-z0-9_]+)'");

  @Override
  public CrmException map(ApiResponse response, ErrorContext context) {
    if (response.isSuccessful() || response.status() < 400) {
      return null;
    }
    String[] error = error(response);
    String requestId =
        response.header("REQ_ID") != null
            ? response.header("REQ_ID")
            : response.header("x-ms-service-request-id");
    ErrorContext ctx = context.withResponse(response.status(), error[0], requestId);
    if (response.status() == 400) {
      return new ValidationException(error[1], ctx, fieldErrors(error[0], error[1]));
    }
    return ErrorMapper.forStatus(ctx, error[1], response.retryAfter());
  }

  /** The code (null when blank) and message of an OData error body; tolerant of other bodies. */
  static String[] error(ApiResponse response) {
    String body = response.bodyString();
    try {
      ODataError parsed = Json.read(body, ODataError.class);
      ODataError.Detail e = parsed == null ? null : parsed.error();
      if (e != null) {
        return new String[] {
          e.code() == null || e.code().isBlank() ? null : e.code(),
          e.message() == null ? "HTTP " + response.status() : e.message()
        };
      }
    } catch (IllegalArgumentException notOData) {
      // fall through: a gateway or proxy answered with something else
    }
    return new String[] {null, body.isBlank() ? "HTTP " + response.status() : abbreviate(body)};
  }

  private static List<FieldError> fieldErrors(String code, String message) {
    Matcher m = FIELD.matcher(message);
    return m.find() ? List.of(new FieldError(m.group(1), code, message)) : List.of();
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }
}
