package io.ikarus.connects.hubspot.internal.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A HubSpot error body, the answer to a failed call and each entry of a batch answer's {@code
 * errors} and of an error's own {@code errors}; every field is optional.
 *
 * @param status {@code error}, or the OAuth error's code such as {@code BAD_REFRESH_TOKEN}
 * @param message the message; may embed a JSON list of the offending values
 * @param correlationId HubSpot's request id
 * @param category the error category, such as {@code VALIDATION_ERROR}
 * @param policyName the rate limit hit, such as {@code DAILY} or {@code TEN_SECONDLY_ROLLING}
 * @param error the OAuth error, such as {@code invalid_grant}
 * @param in the field a detail is about (forms)
 * @param code a detail's code, such as {@code PROPERTY_DOESNT_EXIST}
 * @param errorType a forms detail's code
 * @param context what the error is about, such as {@code propertyName}, {@code ids} or {@code
 *     objectWriteTraceId}, each a list of values (a single value is read as a list of one)
 * @param errors the details
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(
    String status,
    String message,
    String correlationId,
    String category,
    String policyName,
    String error,
    String in,
    String code,
    String errorType,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        Map<String, List<String>> context,
    List<ErrorBody> errors) {

  /** Normalises absent collections to empty ones. */
  public ErrorBody {
    context =
        context == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(context));
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A body holding only {@code message}: an empty or unreadable answer. */
  public static ErrorBody of(String message) {
    return new ErrorBody(null, message, null, null, null, null, null, null, null, null, null);
  }

  /** The values of {@code context.key}; empty when absent. */
  public List<String> context(String key) {
    List<String> values = context.get(key);
    return values == null ? List.of() : values;
  }
}
