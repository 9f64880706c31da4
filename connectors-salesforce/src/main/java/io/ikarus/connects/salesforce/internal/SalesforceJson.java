package io.ikarus.connects.salesforce.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ikarus.connects.salesforce.internal.dto.ApiError;
import java.util.List;
import java.util.Optional;

/**
 * The connector's JSON mapper: decimals are read as {@link java.math.BigDecimal} so that currency
 * values never round, and unknown properties are ignored (Salesforce adds fields between versions).
 */
public final class SalesforceJson {

  /** The shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final JavaType ERRORS =
      MAPPER.getTypeFactory().constructCollectionType(List.class, ApiError.class);

  private SalesforceJson() {}

  /**
   * Reads a Salesforce error body: a JSON array of {@code {message, errorCode, fields}}. Returns
   * empty when the body is not of that shape (an HTML error page, a truncated body).
   */
  public static Optional<List<ApiError>> errors(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      List<ApiError> list = MAPPER.readValue(body, ERRORS);
      return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
